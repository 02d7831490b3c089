/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.slapd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.emworkbench.directory.tests.servers.AdLikeSchema;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;

/** The 10,000 generated users come back in pages, each exactly once, and their group lists them all. */
class SlapdPagingTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    @Test
    void aPagedSearchReadsEveryGeneratedUserOnce() throws Exception {
        int bulkUsers = SLAPD.server().data().bulkUsers();
        assertEquals(DirectoryData.STANDARD_BULK_USERS, bulkUsers);
        try (LDAPConnection connection = bound()) {
            Paging.Pages pages = Paging.search(connection, DirectoryData.BULK_DN,
                    Filter.createEqualityFilter("objectClass", AdLikeSchema.USER_CLASS), 1000);
            assertEquals(bulkUsers, pages.dns().size());
            // 1000 per page; a server may or may not need one more, empty, page to say it is done.
            assertTrue(pages.pages() == bulkUsers / 1000 || pages.pages() == bulkUsers / 1000 + 1,
                    pages.pages() + " pages");
            Set<DN> distinct = new HashSet<>();
            for (String dn : pages.dns()) {
                distinct.add(new DN(dn));
            }
            assertEquals(bulkUsers, distinct.size());
            assertTrue(distinct.contains(new DN(DirectoryData.bulkUserDn(1))));
            assertTrue(distinct.contains(new DN(DirectoryData.bulkUserDn(bulkUsers))));
        }
    }

    @Test
    void theBigGroupListsEveryGeneratedUser() throws Exception {
        try (LDAPConnection connection = bound()) {
            SearchResultEntry group = connection.getEntry(DirectoryData.BULK_GROUP_DN, AdLikeSchema.MEMBER);
            assertEquals(SLAPD.server().data().bulkUsers(), group.getAttributeValues(AdLikeSchema.MEMBER).length);
            SearchResultEntry last = connection.getEntry(DirectoryData.bulkUserDn(SLAPD.server().data().bulkUsers()),
                    AdLikeSchema.MEMBER_OF, AdLikeSchema.USER_PRINCIPAL_NAME);
            assertEquals("user10000@contoso.com", last.getAttributeValue(AdLikeSchema.USER_PRINCIPAL_NAME));
            assertEquals(new DN(DirectoryData.BULK_GROUP_DN), last.getAttributeValueAsDN(AdLikeSchema.MEMBER_OF));
        }
    }

    private static LDAPConnection bound() throws Exception {
        LDAPConnection connection = SLAPD.server().connect();
        connection.bind(DirectoryData.SERVICE_DN, SLAPD.server().data().servicePassword());
        return connection;
    }
}
