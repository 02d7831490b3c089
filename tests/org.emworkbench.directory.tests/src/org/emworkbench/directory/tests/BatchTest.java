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
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;

/** Batch previews over nested groups, a cycle, and 10,000 users in pages. */
class BatchTest {

    private static final int BULK = 10_000;
    private static Fixture.Live live;
    private static InMemoryDirectory directory;
    private static DirectoryConnection pool;

    @BeforeAll
    static void start() throws Exception {
        live = Fixture.Live.start(InMemoryDirectory.builder().bulkUsers(BULK), 2);
        directory = live.directory();
        pool = live.connection();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    private static DirectoryPreview preview() {
        return new DirectoryPreview(pool, SendLdapAttributes.parse(ExpansionTest.DOCUMENTED),
                CredentialPolicy.USER_PRINCIPAL_NAME);
    }

    @ParameterizedTest
    @EnumSource(Membership.class)
    void nestedGroupsWithACycle(Membership membership) throws Exception {
        List<String> seen = new ArrayList<>();
        BatchSummary summary = preview().previewGroups(List.of(InMemoryDirectory.MOBILE_USERS), membership,
                preview -> seen.add(preview.user().dn()), 10, null);
        assertEquals(List.of("alice", "bob", "carol", "dave", "zoe"),
                seen.stream().map(dn -> dn.substring(3, dn.indexOf(','))).sorted().toList());
        assertEquals(3, summary.groupsExpanded());
        assertTrue(summary.cyclesBroken() >= 1, "the cycle back to Mobile Users was not noticed");
        assertEquals(5, summary.users());
        assertEquals(1, summary.failing());
        assertEquals(3, summary.warned());
        assertEquals(InMemoryDirectory.userDn("carol"), summary.failures().get(0).dn());
        assertEquals(ProblemKind.ATTRIBUTE_MISSING, summary.failures().get(0).errors().get(0).kind());
        assertEquals(1L, summary.byKind().get(ProblemKind.UPN_MAIL_DIFFER));
        assertEquals(1L, summary.byKind().get(ProblemKind.MULTI_VALUED));
        assertEquals(1L, summary.byKind().get(ProblemKind.NON_ASCII));
    }

    @Test
    void aMissingGroupIsListed() throws Exception {
        String missing = "cn=Gone," + InMemoryDirectory.GROUPS;
        BatchSummary summary = preview().previewGroups(List.of(missing, InMemoryDirectory.EMEA_SALES),
                Membership.MEMBER_OF, null, 10, null);
        assertEquals(List.of(missing), summary.missingGroups());
        assertEquals(5, summary.users());
    }

    @Test
    void theServerRefusesTenThousandEntriesWithoutPaging() {
        LDAPSearchException refused = assertThrows(LDAPSearchException.class, () -> directory.server().search(
                InMemoryDirectory.BASE_DN, SearchScope.SUB, Filter.createEqualityFilter("memberOf", InMemoryDirectory.BULK)));
        assertEquals(ResultCode.SIZE_LIMIT_EXCEEDED, refused.getResultCode());
    }

    @Test
    void tenThousandUsersArriveInPagesAndOnlyTheFirstFailuresAreListed() throws Exception {
        AtomicInteger streamed = new AtomicInteger();
        CountingMonitor monitor = new CountingMonitor(Long.MAX_VALUE);
        BatchSummary summary = preview().previewGroups(List.of(InMemoryDirectory.BULK), Membership.MEMBER_OF,
                preview -> streamed.incrementAndGet(), 3, monitor);
        assertEquals(BULK, summary.users());
        assertEquals(BULK, streamed.get());
        assertEquals(BULK, monitor.worked);
        assertEquals(BULK / 1000, summary.failing());
        assertEquals(3, summary.failures().size());
        assertTrue(summary.truncated());
    }

    @Test
    void cancellingStopsTheBatch() {
        CountingMonitor monitor = new CountingMonitor(1200);
        assertThrows(OperationCanceledException.class, () -> preview().previewGroups(List.of(InMemoryDirectory.BULK),
                Membership.MEMBER_OF, null, 3, monitor));
        assertTrue(monitor.worked < BULK, "cancelled after " + monitor.worked + " users");
    }

    @Test
    void aDeliveryGroupsDirectoryGroupsAndUsers() throws Exception {
        DeliveryGroup group = DeploymentFactory.eINSTANCE.createDeliveryGroup();
        group.getGroups().add(principal("contoso.test", InMemoryDirectory.EMEA_SALES));
        group.getUsers().add(principal("contoso.test", "bulk-00007"));
        group.getUsers().add(principal("contoso.test", "ghost"));
        group.getUsers().add(principal("local", "admin"));
        List<ExpansionPreview> previews = new ArrayList<>();
        BatchSummary summary = preview().previewDeliveryGroup(group, Membership.MEMBER_OF, previews::add, 10,
                new NullProgressMonitor());
        assertEquals(7, summary.users());
        assertEquals(3, summary.failing());
        assertEquals(List.of("bulk-00007@contoso.test", "ghost", "carol@contoso.test"),
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
