/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.UserGroups;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.junit.jupiter.api.Test;

import com.unboundid.ldap.sdk.DN;

/**
 * The groups a user is in, nested groups and cycles included, through
 * {@code memberOf} and, for an entry without it, through {@code member}
 * searches; on both servers.
 */
class UserGroupsTest extends BothServers {

    private static DirectoryEntry user(String address) throws Exception {
        List<DirectoryEntry> found = connection.findUsers(address, List.of(DirectoryConnection.ALL_USER_ATTRIBUTES));
        assertEquals(1, found.size(), address);
        return found.get(0);
    }

    private static Set<DN> dns(List<String> groups) throws Exception {
        Set<DN> dns = groups.stream().map(UserLookupTest::dn).collect(Collectors.toSet());
        assertEquals(groups.size(), dns.size(), "each group once: " + groups);
        return dns;
    }

    @Test
    void aUserTwoLevelsDownIsInEveryGroupAbove() throws Exception {
        List<String> groups = UserGroups.of(connection, user("zoe.angstrom@contoso.com"));

        assertEquals(Set.of(UserLookupTest.dn(DirectoryData.SALES_EMEA_DN), UserLookupTest.dn(DirectoryData.SALES_DN),
                UserLookupTest.dn(DirectoryData.MOBILE_MAIL_DN)), dns(groups));
        assertFalse(UserGroups.sameDn(groups.get(groups.size() - 1), DirectoryData.SALES_EMEA_DN),
                "direct groups come before the groups above them: " + groups);
        assertTrue(UserGroups.contains(groups, DirectoryData.MOBILE_MAIL_DN.toUpperCase()), "DNs match ignoring case");
        assertFalse(UserGroups.contains(groups, DirectoryData.EXECUTIVES_DN));
    }

    @Test
    void aMembershipCycleEndsAndEachGroupIsListedOnce() throws Exception {
        List<String> groups = UserGroups.of(connection, user("megan.bowen@contoso.com"));

        Set<DN> dns = dns(groups);
        assertTrue(dns.contains(UserLookupTest.dn(DirectoryData.CYCLE_A_DN)), groups::toString);
        assertTrue(dns.contains(UserLookupTest.dn(DirectoryData.CYCLE_B_DN)), "through Cycle A: " + groups);
        assertTrue(dns.contains(UserLookupTest.dn(DirectoryData.MOBILE_MAIL_DN)), groups::toString);
    }

    @Test
    void withoutMemberOfTheGroupsNamingTheUserAsMemberGiveTheSameAnswer() throws Exception {
        DirectoryEntry zoe = user("zoe.angstrom@contoso.com");
        DirectoryEntry withoutMemberOf = new DirectoryEntry(zoe.dn(), zoe.attributes().stream()
                .filter(attribute -> !attribute.name().equalsIgnoreCase("memberOf")).toList());

        assertEquals(dns(UserGroups.of(connection, zoe)), dns(UserGroups.of(connection, withoutMemberOf)));
    }

    @Test
    void aUserInNoGroupIsInNone() throws Exception {
        DirectoryEntry johanna = user("jlorenz");

        assertTrue(johanna.values("memberOf").isEmpty(), "the data set puts Johanna in no group");
        assertEquals(List.of(), UserGroups.of(connection, johanna));
    }
}
