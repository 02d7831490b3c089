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

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.UserKey;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;

/** Users are found by mail, UPN or sAMAccountName, and no input can widen the filter; on both servers. */
class UserLookupTest extends BothServers {

    /** Normalized, because servers may hand DNs back in another spelling than they were stored in. */
    static List<DN> dns(List<DirectoryEntry> users) {
        return users.stream().map(user -> dn(user.dn())).toList();
    }

    static DN dn(String dn) {
        try {
            return new DN(dn);
        } catch (LDAPException e) {
            throw new AssertionError("not a DN: " + dn, e);
        }
    }

    @Test
    void byMailUpnOrAccountName() throws Exception {
        List<DN> alex = List.of(dn(DirectoryData.ALEX_DN));
        assertEquals(alex, dns(connection.findUsers("alex.wilber@fabrikam.com", List.of("mail"))));
        assertEquals(alex, dns(connection.findUsers("alex.wilber@contoso.com", List.of("mail"))));
        assertEquals(alex, dns(connection.findUsers("awilber", List.of("mail"))));
    }

    @Test
    void byOneKeyOnly() throws Exception {
        assertEquals(List.of(), connection.findUsers(UserKey.MAIL, "alex.wilber@contoso.com", List.of("mail")));
        assertEquals(1, connection.findUsers(UserKey.USER_PRINCIPAL_NAME, "alex.wilber@contoso.com",
                List.of("mail")).size());
        assertEquals(1, connection.findUsers(UserKey.SAM_ACCOUNT_NAME, "AWILBER", List.of("mail")).size());
    }

    @Test
    void aSecondMailValueFindsTheUserToo() throws Exception {
        assertEquals(List.of(dn(DirectoryData.LYNNE_DN)),
                dns(connection.findUsers("lrobbins@contoso.com", List.of("mail"))));
    }

    @Test
    void ldapComparesIgnoringCase() throws Exception {
        assertEquals(List.of(dn(DirectoryData.MEGAN_DN)),
                dns(connection.findUsers("MEGAN.Bowen@Contoso.COM", List.of("mail"))));
        assertEquals(List.of(dn(DirectoryData.PRADEEP_DN)),
                dns(connection.findUsers(UserKey.USER_PRINCIPAL_NAME, "pradeep.gupta@contoso.com", List.of("mail"))));
    }

    @Test
    void aSharedAddressFindsBothAccounts() throws Exception {
        assertEquals(Set.of(dn(DirectoryData.JOHANNA_DN), dn(DirectoryData.JOHANNA_ADMIN_DN)),
                Set.copyOf(dns(connection.findUsers(DirectoryData.JOHANNA_MAIL, List.of("mail")))));
    }

    @Test
    void groupsAreNotUsers() throws Exception {
        assertEquals(List.of(), connection.findUsers("sales", List.of("mail")));
        assertTrue(connection.read(DirectoryData.SALES_DN, List.of("sAMAccountName")).orElseThrow().isGroup());
    }

    @Test
    void theRequestedAttributesComeBack() throws Exception {
        DirectoryEntry zoe = connection.findUsers("zangstrom", List.of(DirectoryConnection.ALL_USER_ATTRIBUTES))
                .get(0);
        assertEquals("Zo\u00eb \u00c5ngstr\u00f6m", zoe.first("displayname"));
        assertEquals("displayName", zoe.spelling("DISPLAYNAME"));
        assertEquals("userPrincipalName", connection.schemaSpelling("userprincipalname"));
    }

    @Test
    void noSearchShowsAPassword() throws Exception {
        DirectoryEntry service = connection.read(DirectoryData.SERVICE_DN, List.of("*", "userPassword"))
                .orElseThrow();
        assertEquals(List.of(), service.values("userPassword"), service::toString);
        assertFalse(service.toString().contains(directory.bindPassword()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "*)(uid=*", "*)(objectClass=*", "megan.bowen@contoso.com)(|(mail=*",
            "*)(|(objectClass=*)(cn=*", "meg*", "\\2a", "mbowen)(sAMAccountName=awilber", "*))%00", ")(",
            "(mail=*)" })
    void injectionAttemptsFindNothing(String hostile) throws Exception {
        assertEquals(List.of(), connection.findUsers(hostile, List.of("mail")));
        for (UserKey key : UserKey.values()) {
            assertEquals(List.of(), connection.findUsers(key, hostile, List.of("mail")), key::name);
        }
    }

    @Test
    void aDnIsReadByName() throws Exception {
        assertTrue(connection.read(DirectoryData.SALES_DN, List.of("member")).orElseThrow().isGroup());
        assertTrue(connection.read("CN=Nobody," + DirectoryData.PEOPLE_DN, List.of("mail")).isEmpty());
        assertTrue(connection.read("not a dn", List.of("mail")).isEmpty());
    }
}
