/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.slapd;

import static org.emworkbench.directory.tests.servers.AdLikeSchema.DISPLAY_NAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.MAIL;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.MEMBER;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.MEMBER_OF;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.SAM_ACCOUNT_NAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.USER_PRINCIPAL_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.emworkbench.directory.tests.servers.AdLikeSchema;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

/** slapd serves the shared data set as a bound client reads it: counts, tricky users, nested groups. */
class SlapdDataTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    @Test
    void everyUserAndGroupIsThere() throws Exception {
        try (LDAPConnection connection = bound()) {
            DirectoryData data = SLAPD.server().data();
            assertEquals(data.userCount(), Paging.count(connection, DirectoryData.BASE_DN,
                    Filter.createEqualityFilter("objectClass", AdLikeSchema.USER_CLASS), 1000));
            SearchResult groups = connection.search(DirectoryData.GROUPS_DN, SearchScope.ONE,
                    Filter.createEqualityFilter("objectClass", AdLikeSchema.GROUP_CLASS), "cn");
            assertEquals(Set.copyOf(normalized(DirectoryData.groupDns())), groups.getSearchEntries().stream()
                    .map(entry -> normalized(entry.getDN())).collect(Collectors.toSet()));
        }
    }

    @Test
    void thePersonasOfTheExampleAreThere() throws Exception {
        try (LDAPConnection connection = bound()) {
            SearchResultEntry megan = user(connection, "megan.bowen@contoso.com");
            assertEquals("mbowen", megan.getAttributeValue(SAM_ACCOUNT_NAME));
            assertEquals("megan.bowen@contoso.com", megan.getAttributeValue(MAIL));
            SearchResultEntry alex = user(connection, "alex.wilber@contoso.com");
            assertEquals("alex.wilber@fabrikam.com", alex.getAttributeValue(MAIL), "mail differs from the UPN");
            assertEquals(Set.of(normalized(DirectoryData.MOBILE_MAIL_DN), normalized(DirectoryData.EXECUTIVES_DN),
                    normalized(DirectoryData.CYCLE_B_DN)), normalizedValues(alex, MEMBER_OF));
        }
    }

    @Test
    void theTrickyUsersKeepTheirQuirks() throws Exception {
        try (LDAPConnection connection = bound()) {
            SearchResultEntry nestor = connection.getEntry(DirectoryData.NESTOR_DN, "*");
            assertFalse(nestor.hasAttribute(USER_PRINCIPAL_NAME), "Nestor has no UPN");
            assertEquals("nwilke", nestor.getAttributeValue(SAM_ACCOUNT_NAME));

            SearchResultEntry lynne = connection.getEntry(DirectoryData.LYNNE_DN, MAIL);
            assertEquals(Set.of("lynne.robbins@contoso.com", "lrobbins@contoso.com"),
                    Set.of(lynne.getAttributeValues(MAIL)));

            SearchResultEntry zoe = connection.getEntry(DirectoryData.ZOE_DN, DISPLAY_NAME);
            assertNotNull(zoe, "the non-ASCII DN is found");
            assertEquals("Zo\u00eb \u00c5ngstr\u00f6m", zoe.getAttributeValue(DISPLAY_NAME));
            assertEquals("\u6e21\u8fba \u5065",
                    connection.getEntry(DirectoryData.KEN_DN, DISPLAY_NAME).getAttributeValue(DISPLAY_NAME));

            SearchResultEntry pradeep = user(connection, "pradeep.gupta@contoso.com");
            assertEquals("Pradeep.Gupta@CONTOSO.com", pradeep.getAttributeValue(USER_PRINCIPAL_NAME),
                    "the UPN matches case-insensitively and keeps its case");

            SearchResultEntry isaiah = connection.getEntry(DirectoryData.ISAIAH_DN, "*");
            assertFalse(isaiah.hasAttribute(MAIL));
            assertFalse(isaiah.hasAttribute(DISPLAY_NAME));
        }
    }

    @Test
    void groupsNestAndCycle() throws Exception {
        try (LDAPConnection connection = bound()) {
            assertTrue(connection.getEntry(DirectoryData.MOBILE_MAIL_DN, MEMBER).hasAttributeValue(MEMBER,
                    DirectoryData.SALES_DN));
            assertTrue(connection.getEntry(DirectoryData.SALES_DN, MEMBER).hasAttributeValue(MEMBER,
                    DirectoryData.SALES_EMEA_DN));
            SearchResult inEmea = connection.search(DirectoryData.BASE_DN, SearchScope.SUB,
                    Filter.createEqualityFilter(MEMBER_OF, DirectoryData.SALES_EMEA_DN), "cn");
            assertEquals(List.of(normalized(DirectoryData.ZOE_DN)),
                    inEmea.getSearchEntries().stream().map(entry -> normalized(entry.getDN())).toList());

            SearchResultEntry cycleA = connection.getEntry(DirectoryData.CYCLE_A_DN, MEMBER, MEMBER_OF);
            SearchResultEntry cycleB = connection.getEntry(DirectoryData.CYCLE_B_DN, MEMBER, MEMBER_OF);
            assertTrue(normalizedValues(cycleA, MEMBER).contains(normalized(DirectoryData.CYCLE_B_DN)));
            assertTrue(normalizedValues(cycleB, MEMBER).contains(normalized(DirectoryData.CYCLE_A_DN)));
            assertEquals(Set.of(normalized(DirectoryData.CYCLE_B_DN)), normalizedValues(cycleA, MEMBER_OF));
            assertEquals(Set.of(normalized(DirectoryData.CYCLE_A_DN)), normalizedValues(cycleB, MEMBER_OF));
        }
    }

    @Test
    void anonymousClientsSeeTheRootDseButNoEntries() throws Exception {
        try (LDAPConnection connection = SLAPD.server().connect()) {
            assertNotNull(connection.getRootDSE());
            SearchResult result = connection.search(DirectoryData.BASE_DN, SearchScope.SUB,
                    Filter.createEqualityFilter("objectClass", AdLikeSchema.USER_CLASS), "cn");
            assertEquals(0, result.getEntryCount());
        } catch (com.unboundid.ldap.sdk.LDAPSearchException e) {
            // slapd may also refuse outright; either way nothing is disclosed
            assertEquals(0, e.getEntryCount());
            assertTrue(e.getResultCode() == ResultCode.NO_SUCH_OBJECT
                    || e.getResultCode() == ResultCode.INSUFFICIENT_ACCESS_RIGHTS, e.getResultCode().toString());
        }
    }

    private static LDAPConnection bound() throws Exception {
        LDAPConnection connection = SLAPD.server().connect();
        connection.bind(DirectoryData.SERVICE_DN, SLAPD.server().data().servicePassword());
        return connection;
    }

    private static SearchResultEntry user(LDAPConnection connection, String userPrincipalName) throws Exception {
        SearchResultEntry entry = connection.searchForEntry(DirectoryData.BASE_DN, SearchScope.SUB,
                Filter.createEqualityFilter(USER_PRINCIPAL_NAME, userPrincipalName), "*");
        assertNotNull(entry, "no user with UPN " + userPrincipalName);
        return entry;
    }

    private static Set<String> normalizedValues(SearchResultEntry entry, String attribute) {
        String[] values = entry.getAttributeValues(attribute);
        return values == null ? Set.of() : Set.copyOf(normalized(List.of(values)));
    }

    private static List<String> normalized(List<String> dns) {
        return dns.stream().map(SlapdDataTest::normalized).toList();
    }

    private static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new AssertionError("not a DN: " + dn, e);
        }
    }
}
