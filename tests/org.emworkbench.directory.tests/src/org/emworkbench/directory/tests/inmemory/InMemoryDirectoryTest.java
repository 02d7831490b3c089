/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.emworkbench.directory.tests.servers.AdLikeSchema;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.emworkbench.directory.tests.servers.TestDirectory;
import org.junit.jupiter.api.Test;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

/**
 * What the in-memory harness adds to UnboundID's server: a size limit that
 * only paging gets past, and slapd's (and AD's) access rules.
 */
class InMemoryDirectoryTest {

    private static InMemoryDirectory shared() {
        return (InMemoryDirectory) TestDirectory.Kind.IN_MEMORY.shared();
    }

    private static LDAPConnection bound(InMemoryDirectory directory) throws Exception {
        LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort());
        connection.bind(directory.bindDn(), directory.bindPassword());
        return connection;
    }

    @Test
    void tenThousandUsersAreRefusedWithoutPaging() throws Exception {
        try (LDAPConnection connection = bound(shared())) {
            LDAPSearchException refused = assertThrows(LDAPSearchException.class, () -> connection.search(
                    DirectoryData.BASE_DN, SearchScope.SUB,
                    Filter.createEqualityFilter(AdLikeSchema.MEMBER_OF, DirectoryData.BULK_GROUP_DN), "1.1"));
            assertEquals(ResultCode.SIZE_LIMIT_EXCEEDED, refused.getResultCode());
            assertEquals(InMemoryDirectory.SIZE_LIMIT, refused.getEntryCount());
        }
    }

    @Test
    void anonymousClientsReadTheRootDseAndTheSchemaOnly() throws Exception {
        InMemoryDirectory directory = shared();
        try (LDAPConnection connection = new LDAPConnection(directory.host(), directory.ldapPort())) {
            assertNotNull(connection.getRootDSE());
            assertNotNull(connection.getSchema().getAttributeType(AdLikeSchema.USER_PRINCIPAL_NAME));
            LDAPException refused = assertThrows(LDAPException.class,
                    () -> connection.getEntry(DirectoryData.MEGAN_DN));
            assertEquals(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, refused.getResultCode());
            connection.bind(directory.bindDn(), directory.bindPassword());
            assertNotNull(connection.getEntry(DirectoryData.MEGAN_DN));
            connection.bind("", "");
            assertThrows(LDAPException.class, () -> connection.getEntry(DirectoryData.MEGAN_DN),
                    "an anonymous bind ends what the earlier bind allowed");
        }
    }

    @Test
    void noSearchReturnsAPassword() throws Exception {
        try (LDAPConnection connection = bound(shared())) {
            SearchResultEntry service = connection.getEntry(DirectoryData.SERVICE_DN, "*", AdLikeSchema.USER_PASSWORD);
            assertFalse(service.hasAttribute(AdLikeSchema.USER_PASSWORD));
        }
    }

    @Test
    void aStoppedServerKeepsItsPortsAndRefusesConnections() throws Exception {
        InMemoryDirectory directory = InMemoryDirectory.builder().start();
        int port = directory.ldapPort();
        directory.stop();
        assertEquals(port, directory.ldapPort());
        LDAPException refused = assertThrows(LDAPException.class,
                () -> new LDAPConnection(directory.host(), port).close());
        assertEquals(ResultCode.CONNECT_ERROR, refused.getResultCode());
        directory.close();
    }
}
