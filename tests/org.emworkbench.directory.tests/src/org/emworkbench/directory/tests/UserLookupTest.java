/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.UserKey;
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Users are found by mail, UPN or sAMAccountName, and no input can widen the filter. */
class UserLookupTest extends SharedDirectory {

    private static List<String> dns(List<DirectoryEntry> users) {
        return users.stream().map(DirectoryEntry::dn).toList();
    }

    @Test
    void byMailUpnOrAccountName() throws Exception {
        String bob = InMemoryDirectory.userDn("bob");
        assertEquals(List.of(bob), dns(connection.findUsers("bob@contoso.test", List.of("mail"))));
        assertEquals(List.of(bob), dns(connection.findUsers("bob@corp.contoso.test", List.of("mail"))));
        assertEquals(List.of(bob), dns(connection.findUsers("bob", List.of("mail"))));
    }

    @Test
    void byOneKeyOnly() throws Exception {
        assertEquals(List.of(), connection.findUsers(UserKey.MAIL, "bob@corp.contoso.test", List.of("mail")));
        assertEquals(1, connection.findUsers(UserKey.USER_PRINCIPAL_NAME, "bob@corp.contoso.test", List.of("mail"))
                .size());
        assertEquals(1, connection.findUsers(UserKey.SAM_ACCOUNT_NAME, "BOB", List.of("mail")).size());
    }

    @Test
    void aSecondMailValueFindsTheUserToo() throws Exception {
        assertEquals(List.of(InMemoryDirectory.userDn("dave")),
                dns(connection.findUsers("d.dunn@contoso.test", List.of("mail"))));
    }

    @Test
    void ldapComparesIgnoringCase() throws Exception {
        assertEquals(List.of(InMemoryDirectory.userDn("alice")),
                dns(connection.findUsers("ALICE@Contoso.Test", List.of("mail"))));
    }

    @Test
    void groupsAreNotUsers() throws Exception {
        assertEquals(List.of(), connection.findUsers("Sales", List.of("mail")));
    }

    @Test
    void theRequestedAttributesComeBack() throws Exception {
        DirectoryEntry zoe = connection.findUsers("zoe", List.of(DirectoryConnection.ALL_USER_ATTRIBUTES)).get(0);
        assertEquals("Zoë Łukasiewicz", zoe.first("displayname"));
        assertEquals("displayName", zoe.spelling("DISPLAYNAME"));
        assertEquals("userPrincipalName", connection.schemaSpelling("userprincipalname"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "*)(uid=*", "*)(objectClass=*", "alice@contoso.test)(|(mail=*",
            "*)(|(objectClass=*)(cn=*", "ali*", "\\2a", "alice)(sAMAccountName=bob", "*))%00", ")(", "(mail=*)" })
    void injectionAttemptsFindNothing(String hostile) throws Exception {
        assertEquals(List.of(), connection.findUsers(hostile, List.of("mail")));
        for (UserKey key : UserKey.values()) {
            assertEquals(List.of(), connection.findUsers(key, hostile, List.of("mail")), key::name);
        }
    }

    @Test
    void aDnIsReadByName() throws Exception {
        assertTrue(connection.read(InMemoryDirectory.SALES, List.of("member")).orElseThrow().isGroup());
        assertTrue(connection.read("cn=nobody," + InMemoryDirectory.USERS, List.of("mail")).isEmpty());
        assertTrue(connection.read("not a dn", List.of("mail")).isEmpty());
    }
}
