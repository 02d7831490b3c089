/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.directory.BatchSummary;
import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryPreview;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.Membership;
import org.emworkbench.directory.ProblemKind;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.unboundid.ldap.sdk.DN;

/** Batch previews over nested groups, a cycle, and 10,000 users in pages, on both servers. */
class BatchTest extends BothServers {

    /** A value every generated user fails: none has a title. */
    private static final String TITLE_FOR_ALL = "userPrincipalName=${user.userPrincipalName},title=${user.title}";

    private static DirectoryConnection pool;

    @BeforeParameterizedClassInvocation
    static void openPool() throws Exception {
        pool = DirectoryConnection.openPool(Fixture.plain(directory), Fixture.credentials(directory), 2);
    }

    @AfterParameterizedClassInvocation
    static void closePool() {
        pool.close();
    }

    private static DirectoryPreview preview(String value) {
        return new DirectoryPreview(pool, SendLdapAttributes.parse(value), CredentialPolicy.USER_PRINCIPAL_NAME);
    }

    private static Set<DN> dns(List<String> dns) {
        return Set.copyOf(dns.stream().map(UserLookupTest::dn).toList());
    }

    @ParameterizedTest
    @EnumSource(Membership.class)
    void nestedGroups(Membership membership) throws Exception {
        List<String> seen = new ArrayList<>();
        BatchSummary summary = preview(ExpansionTest.DOCUMENTED).previewGroups(List.of(DirectoryData.MOBILE_MAIL_DN),
                membership, preview -> seen.add(preview.user().dn()), 10, null);
        assertEquals(dns(List.of(DirectoryData.MEGAN_DN, DirectoryData.ALEX_DN, DirectoryData.NESTOR_DN,
                DirectoryData.LYNNE_DN, DirectoryData.ZOE_DN, DirectoryData.KEN_DN, DirectoryData.ISAIAH_DN,
                DirectoryData.PRADEEP_DN)), dns(seen));
        assertEquals(8, seen.size(), "Zoë, a member directly and through Sales EMEA, is previewed once");
        assertEquals(3, summary.groupsExpanded());
        assertEquals(8, summary.users());
        assertEquals(2, summary.failing());
        assertEquals(4, summary.warned());
        assertEquals(dns(List.of(DirectoryData.NESTOR_DN, DirectoryData.ISAIAH_DN)),
                dns(summary.failures().stream().map(BatchSummary.FailingUser::dn).toList()));
        assertEquals(2L, summary.byKind().get(ProblemKind.ATTRIBUTE_MISSING));
        assertEquals(1L, summary.byKind().get(ProblemKind.UPN_MAIL_DIFFER));
        assertEquals(1L, summary.byKind().get(ProblemKind.MULTI_VALUED));
        assertEquals(2L, summary.byKind().get(ProblemKind.NON_ASCII));
    }

    @ParameterizedTest
    @EnumSource(Membership.class)
    void aCycleEnds(Membership membership) throws Exception {
        List<String> seen = new ArrayList<>();
        BatchSummary summary = preview(ExpansionTest.DOCUMENTED).previewGroups(List.of(DirectoryData.CYCLE_A_DN),
                membership, preview -> seen.add(preview.user().dn()), 10, null);
        assertEquals(dns(List.of(DirectoryData.MEGAN_DN, DirectoryData.ALEX_DN)), dns(seen));
        assertEquals(2, summary.groupsExpanded());
        assertTrue(summary.cyclesBroken() >= 1, "the cycle back to Cycle A was not noticed");
    }

    @Test
    void aMissingGroupIsListed() throws Exception {
        String missing = "CN=Gone," + DirectoryData.GROUPS_DN;
        BatchSummary summary = preview(ExpansionTest.DOCUMENTED).previewGroups(
                List.of(missing, DirectoryData.SALES_EMEA_DN), Membership.MEMBER_OF, null, 10, null);
        assertEquals(List.of(missing), summary.missingGroups());
        assertEquals(1, summary.users());
    }

    @Test
    void tenThousandUsersArriveInPagesAndOnlyTheFirstFailuresAreListed() throws Exception {
        int bulk = directory.data().bulkUsers();
        AtomicInteger streamed = new AtomicInteger();
        CountingMonitor monitor = new CountingMonitor(Long.MAX_VALUE);
        BatchSummary summary = preview(TITLE_FOR_ALL).previewGroups(List.of(DirectoryData.BULK_GROUP_DN),
                Membership.MEMBER_OF, preview -> streamed.incrementAndGet(), 3, monitor);
        assertEquals(DirectoryData.STANDARD_BULK_USERS, bulk);
        assertEquals(bulk, summary.users());
        assertEquals(bulk, streamed.get());
        assertEquals(bulk, monitor.worked);
        assertEquals(bulk, summary.failing());
        assertEquals(3, summary.failures().size());
        assertTrue(summary.truncated());
    }

    @Test
    void cancellingStopsTheBatch() {
        CountingMonitor monitor = new CountingMonitor(1200);
        assertThrows(OperationCanceledException.class, () -> preview(TITLE_FOR_ALL).previewGroups(
                List.of(DirectoryData.BULK_GROUP_DN), Membership.MEMBER_OF, null, 3, monitor));
        assertTrue(monitor.worked < directory.data().bulkUsers(), "cancelled after " + monitor.worked + " users");
    }

    @Test
    void aDeliveryGroupsDirectoryGroupsAndUsers() throws Exception {
        DeliveryGroup group = DeploymentFactory.eINSTANCE.createDeliveryGroup();
        group.getGroups().add(principal("contoso.com", DirectoryData.SALES_EMEA_DN));
        group.getUsers().add(principal("contoso.com", "nwilke"));
        group.getUsers().add(principal("contoso.com", "user00007@contoso.com"));
        group.getUsers().add(principal("contoso.com", "ghost"));
        group.getUsers().add(principal("local", "admin"));
        List<ExpansionPreview> previews = new ArrayList<>();
        BatchSummary summary = preview(ExpansionTest.DOCUMENTED).previewDeliveryGroup(group, Membership.MEMBER_OF,
                previews::add, 10, new NullProgressMonitor());
        assertEquals(4, summary.users());
        assertEquals(4, previews.size());
        assertEquals(2, summary.failing());
        assertEquals(List.of("nestor.wilke@contoso.com", "ghost"),
                summary.failures().stream().map(BatchSummary.FailingUser::identity).toList());
        assertEquals(ProblemKind.USER_NOT_FOUND, summary.failures().get(1).errors().get(0).kind());
    }

    private static DirectoryPrincipal principal(String domain, String id) {
        DirectoryPrincipal principal = DeploymentFactory.eINSTANCE.createDirectoryPrincipal();
        principal.setDomainName(domain);
        principal.setUniqueId(id);
        return principal;
    }

    /** Counts work and cancels itself after a number of units. */
    private static final class CountingMonitor extends NullProgressMonitor {
        private final long cancelAfter;
        long worked;

        CountingMonitor(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return worked >= cancelAfter;
        }
    }
}
