/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.slapd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryImport;
import org.emworkbench.directory.ImportPlan;
import org.emworkbench.directory.ImportPlan.Action;
import org.emworkbench.directory.ImportPlan.Change;
import org.emworkbench.directory.ImportPlan.Kind;
import org.emworkbench.directory.ImportPlan.Options;
import org.emworkbench.directory.ImportSource;
import org.emworkbench.directory.Membership;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Importing directory groups and users into the Contoso example, against
 * slapd with the shared data set: what is read (nested groups), the plan
 * (adds, updates, unchanged, skipped), applying it, and that a second import
 * adds nothing twice.
 */
class SlapdImportTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    private static final String VARIABLE = "EMW_TEST_IMPORT_PASSWORD";

    /** The users of Mobile Mail Users: its own and, through Sales and Sales EMEA, Pradeep (Zoë counts once). */
    private static final int MOBILE_MAIL_USERS = 8;

    private static DirectoryConnection connection;
    private Deployment contoso;

    @BeforeAll
    static void connect() throws Exception {
        DirectoryEndpoint endpoint = DirectoryEndpoint
                .of("127.0.0.1", SLAPD.server().ldapPort(),
                        new DirectorySettings(389, Tls.NONE, Duration.ofSeconds(5), Duration.ofSeconds(10), 500, ""))
                .withBaseDn(DirectoryData.BASE_DN)
                .withBind(DirectoryData.SERVICE_DN, CredentialReference.environment(VARIABLE));
        connection = DirectoryConnection.open(endpoint,
                BindCredentials.environment(Map.of(VARIABLE, SLAPD.server().data().servicePassword())::get));
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @BeforeEach
    void readTheExample() throws Exception {
        contoso = (Deployment) DeploymentFiles.load(Examples.file("contoso/contoso.emw")).getContents().get(0);
    }

    @Test
    void readingAGroupFollowsNestedGroupsAndCountsEachUserOnce() throws Exception {
        ImportSource source = DirectoryImport.read(connection, DirectoryData.MOBILE_MAIL_DN, Membership.MEMBER_OF,
                new NullProgressMonitor());

        assertEquals("Mobile Mail Users", source.groupName());
        assertEquals(2, source.nestedGroups(), "Sales and Sales EMEA");
        assertEquals(MOBILE_MAIL_USERS, source.users().size(), source.users().toString());
        assertTrue(source.users().stream().anyMatch(user -> user.dn().equalsIgnoreCase(DirectoryData.PRADEEP_DN)),
                "Pradeep is in Mobile Mail Users through Sales");
        assertTrue(source.missingGroups().isEmpty());
        ImportSource byMember = DirectoryImport.read(connection, DirectoryData.MOBILE_MAIL_DN, Membership.MEMBER,
                null);
        assertEquals(dns(source), dns(byMember), "both ways of finding members find the same users");
    }

    @Test
    void thePlanForTheExamplesGroupKeepsItsPersonasAndAddsTheOtherUsers() throws Exception {
        ImportPlan plan = plan("Mobile Mail", true, true, true);

        assertEquals(1, plan.count(Kind.GROUP, Action.UNCHANGED), "the example already has the group");
        assertEquals(0, plan.count(Kind.DELIVERY_GROUP, Action.ADD));
        assertEquals(MOBILE_MAIL_USERS, plan.count(Kind.USER, Action.ADD));
        assertEquals(2, plan.count(Kind.PERSONA, Action.UNCHANGED), "Megan and Alex are the example's personas");
        assertEquals(5, plan.count(Kind.PERSONA, Action.ADD));
        Change isaiah = change(plan, Kind.PERSONA, "isaiah.langer@contoso.com");
        assertEquals(Action.SKIPPED, isaiah.action(), "no mail: a persona is known by its mail");
        Change nestor = change(plan, Kind.USER, "Nestor Wilke (nwilke)");
        assertEquals("nwilke", nestor.values().get("uniqueId"), "no UPN: the sAMAccountName is the user name");
        assertEquals("contoso.com", nestor.values().get("domainName"));
        Change lynne = change(plan, Kind.PERSONA, "Lynne Robbins");
        assertTrue(lynne.details().contains("the user has 2 mail values; the first is used"), lynne.toString());
        assertEquals("adds 8 users, 5 personas; 3 unchanged; 1 skipped", plan.summary());
    }

    @Test
    void applyingAddsEveryObjectOnceAndASecondImportFindsNothingToDo() throws Exception {
        ImportPlan plan = plan("Mobile Mail", true, true, true);
        plan.apply(contoso);

        DeliveryGroup mobileMail = deliveryGroup("Mobile Mail");
        assertEquals(1, mobileMail.getGroups().size());
        assertEquals(MOBILE_MAIL_USERS, mobileMail.getUsers().size());
        List<Persona> personas = contoso.getDirectory().getPersonas();
        assertEquals(7, personas.size());
        Persona zoe = personas.stream().filter(p -> "zoe.angstrom@contoso.com".equals(p.getMail())).findFirst()
                .orElseThrow();
        assertEquals("Zo\u00eb \u00c5ngstr\u00f6m", zoe.getDisplayName());
        assertEquals("zangstrom", zoe.getSAMAccountName());
        assertEquals(List.of(plan.groupDn()), zoe.getExpectedGroups(), "the DN as the directory spells it");
        assertTrue(plan.groupDn().equalsIgnoreCase(DirectoryData.MOBILE_MAIL_DN), plan.groupDn());

        plan.apply(contoso);
        assertEquals(MOBILE_MAIL_USERS, mobileMail.getUsers().size(), "the same plan again adds nothing");
        assertEquals(7, personas.size());
        ImportPlan again = plan("Mobile Mail", true, true, true);
        assertFalse(again.changesModel(), again.changes().toString());
        assertEquals("16 unchanged; 1 skipped", again.summary(), "1 group, 8 users and 7 personas; Isaiah");
    }

    @Test
    void personasThatDifferFromTheDirectoryAreUpdatedNotDuplicated() throws Exception {
        Persona megan = contoso.getDirectory().getPersonas().get(0);
        megan.setDisplayName("M. Bowen");
        megan.setMail("MEGAN.BOWEN@contoso.com");
        megan.getExpectedGroups().clear();

        ImportPlan plan = plan("Mobile Mail", false, false, true);
        Change change = change(plan, Kind.PERSONA, "Megan Bowen");
        assertEquals(Action.UPDATE, change.action());
        assertEquals(List.of("displayName: \"M. Bowen\" \u2192 \"Megan Bowen\"",
                "mail: \"MEGAN.BOWEN@contoso.com\" \u2192 \"megan.bowen@contoso.com\"",
                "expectedGroups: + " + plan.groupDn()), change.details());
        assertEquals(0, plan.changes().stream().filter(c -> c.kind() != Kind.PERSONA).count(),
                "only personas were asked for");

        plan.apply(contoso);
        assertEquals(7, contoso.getDirectory().getPersonas().size());
        assertEquals("Megan Bowen", megan.getDisplayName());
        assertEquals("megan.bowen@contoso.com", megan.getMail());
        assertEquals(List.of(plan.groupDn()), megan.getExpectedGroups());
    }

    @Test
    void aDeliveryGroupThatDoesNotExistIsCreatedWithTheGroup() throws Exception {
        ImportSource source = DirectoryImport.read(connection, DirectoryData.SALES_DN, Membership.MEMBER_OF, null);
        ImportPlan plan = DirectoryImport.plan(contoso, source, new Options("Sales", true, false, false));

        assertEquals(List.of("add delivery group Sales", "add group Sales: domainName: \"contoso.com\"; uniqueId: \""
                + source.group().dn() + "\"; name: \"Sales\""), plan.changes().stream().map(Change::toString).toList());
        plan.apply(contoso);
        DeliveryGroup sales = deliveryGroup("Sales");
        DirectoryPrincipal group = sales.getGroups().get(0);
        assertEquals("contoso.com", group.getDomainName());
        assertTrue(group.getUniqueId().equalsIgnoreCase(DirectoryData.SALES_DN), group.getUniqueId());
        assertEquals("Sales", group.getName());
        assertFalse(DirectoryImport.plan(contoso, source, plan.options()).changesModel());
    }

    @Test
    void groupsAreFoundByPartOfTheirNameAndFilterSyntaxIsJustText() throws Exception {
        List<String> sales = DirectoryImport.findGroups(connection, "sales", 50).stream().map(DirectoryEntry::dn)
                .toList();
        assertEquals(2, sales.size(), sales.toString());
        assertTrue(sales.stream().anyMatch(dn -> dn.equalsIgnoreCase(DirectoryData.SALES_EMEA_DN)), sales.toString());
        assertEquals(DirectoryData.groupDns().size(), DirectoryImport.findGroups(connection, "", 50).size());
        assertEquals(3, DirectoryImport.findGroups(connection, "", 3).size(), "the limit holds");
        for (String hostile : List.of("*", "*)(cn=*", "sales)(|(cn=*", "\\2a")) {
            assertEquals(List.of(), DirectoryImport.findGroups(connection, hostile, 50), hostile);
        }
    }

    @Test
    void aMissingGroupOrAUserDnIsAClearError() {
        DirectoryException missing = assertThrows(DirectoryException.class, () -> DirectoryImport.read(connection,
                "CN=No Such Group," + DirectoryData.GROUPS_DN, Membership.MEMBER_OF, null));
        assertEquals(DirectoryException.Failure.NO_SUCH_ENTRY, missing.failure());
        assertTrue(missing.getMessage().contains("has no group CN=No Such Group"), missing.getMessage());
        DirectoryException user = assertThrows(DirectoryException.class,
                () -> DirectoryImport.read(connection, DirectoryData.MEGAN_DN, Membership.MEMBER_OF, null));
        assertEquals(DirectoryException.Failure.NO_SUCH_ENTRY, user.failure());
        assertFalse(user.getMessage().contains(SLAPD.server().data().servicePassword()));
    }

    @Test
    void aCancelledReadStops() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> DirectoryImport.read(connection,
                DirectoryData.BULK_GROUP_DN, Membership.MEMBER_OF, cancelled));
    }

    private ImportPlan plan(String deliveryGroup, boolean addGroup, boolean addUsers, boolean personas)
            throws DirectoryException {
        ImportSource source = DirectoryImport.read(connection, DirectoryData.MOBILE_MAIL_DN, Membership.MEMBER_OF,
                null);
        return DirectoryImport.plan(contoso, source, new Options(deliveryGroup, addGroup, addUsers, personas));
    }

    private static java.util.Set<String> dns(ImportSource source) {
        return source.users().stream().map(user -> user.dn().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    private DeliveryGroup deliveryGroup(String name) {
        return contoso.getDeliveryGroups().stream().filter(group -> name.equals(group.getName())).findFirst()
                .orElseThrow();
    }

    private static Change change(ImportPlan plan, Kind kind, String label) {
        return plan.changes().stream().filter(change -> change.kind() == kind && change.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + label + " in " + plan.changes()));
    }
}
