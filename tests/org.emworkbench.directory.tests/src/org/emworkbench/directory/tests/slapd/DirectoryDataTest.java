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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emworkbench.directory.tests.servers.AdLikeSchema;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.schema.EntryValidator;
import com.unboundid.ldif.LDIFReader;

/**
 * The shared data set fits the AD-like schema as UnboundID reads it (the schema slapd gets is the same
 * text), its memberOf values mirror the groups' members, and nothing in it shows the password.
 */
class DirectoryDataTest {

    private static final DirectoryData SMALL = DirectoryData.withBulkUsers(25);

    @Test
    void everyEntryIsValidUnderTheAdLikeSchema() {
        EntryValidator validator = new EntryValidator(AdLikeSchema.unboundIdSchema());
        for (Entry entry : SMALL.entries()) {
            List<String> problems = new java.util.ArrayList<>();
            assertTrue(validator.entryIsValid(entry, problems), entry.getDN() + ": " + problems);
        }
    }

    @Test
    void theInMemoryServerLoadsItAndMatchesUserNamesCaseInsensitively() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DirectoryData.BASE_DN);
        config.setSchema(AdLikeSchema.unboundIdSchema());
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.addEntries(SMALL.entries());
        assertEquals(SMALL.userCount(), server.countEntriesBelow(DirectoryData.BASE_DN) - groupsAndContainers(),
                "users");
        assertEquals(DirectoryData.PRADEEP_DN, server.searchForEntry(DirectoryData.BASE_DN, SearchScope.SUB,
                Filter.createEqualityFilter(AdLikeSchema.USER_PRINCIPAL_NAME, "PRADEEP.gupta@contoso.com")).getDN());
        assertEquals(DirectoryData.NESTOR_DN, server.searchForEntry(DirectoryData.BASE_DN, SearchScope.SUB,
                Filter.createEqualityFilter(AdLikeSchema.SAM_ACCOUNT_NAME, "NWilke")).getDN());
        LDAPException rejected = assertThrows(LDAPException.class, () -> server.add(new Entry(
                "CN=Two UPNs," + DirectoryData.PEOPLE_DN, new com.unboundid.ldap.sdk.Attribute("objectClass", "user"),
                new com.unboundid.ldap.sdk.Attribute("cn", "Two UPNs"), new com.unboundid.ldap.sdk.Attribute("sn", "x"),
                new com.unboundid.ldap.sdk.Attribute(AdLikeSchema.USER_PRINCIPAL_NAME, "a@contoso.com",
                        "b@contoso.com"))));
        assertEquals(ResultCode.OBJECT_CLASS_VIOLATION, rejected.getResultCode(), "userPrincipalName is single-valued");
    }

    @Test
    void memberOfMirrorsTheGroupsMembers() throws Exception {
        for (String groupDn : DirectoryData.groupDns()) {
            Entry group = SMALL.entry(groupDn);
            String[] members = group.getAttributeValues(AdLikeSchema.MEMBER);
            for (String member : members == null ? new String[0] : members) {
                assertTrue(SMALL.entry(member).hasAttributeValue(AdLikeSchema.MEMBER_OF, groupDn),
                        member + " should list " + groupDn);
            }
        }
        for (Entry entry : SMALL.entries()) {
            String[] groups = entry.getAttributeValues(AdLikeSchema.MEMBER_OF);
            for (String groupDn : groups == null ? new String[0] : groups) {
                assertTrue(SMALL.entry(groupDn).hasAttributeValue(AdLikeSchema.MEMBER, entry.getDN()),
                        groupDn + " should have member " + entry.getDN());
            }
        }
        assertEquals(25, SMALL.entry(DirectoryData.BULK_GROUP_DN).getAttributeValues(AdLikeSchema.MEMBER).length);
    }

    @Test
    void namesAreFixedAndOnlyThePasswordChanges() {
        DirectoryData other = DirectoryData.withBulkUsers(25);
        assertEquals(SMALL.entries().stream().map(Entry::getDN).toList(),
                other.entries().stream().map(Entry::getDN).toList());
        assertNotEquals(SMALL.servicePassword(), other.servicePassword());
        assertFalse(SMALL.toString().contains(SMALL.servicePassword()));
    }

    @Test
    void theLdifForSlapdHoldsTheGivenPasswordValueNotTheClearOne(@TempDir Path directory) throws Exception {
        Path ldif = SMALL.writeLdif(directory.resolve("data.ldif"), "{SSHA}c3RvcmVk");
        assertFalse(Files.readString(ldif).contains(SMALL.servicePassword()));
        try (LDIFReader reader = new LDIFReader(ldif.toFile())) {
            int entries = 0;
            Entry entry;
            while ((entry = reader.readEntry()) != null) {
                entries++;
                if (entry.getParsedDN().equals(new com.unboundid.ldap.sdk.DN(DirectoryData.SERVICE_DN))) {
                    assertEquals("{SSHA}c3RvcmVk", entry.getAttributeValue(AdLikeSchema.USER_PASSWORD));
                }
            }
            assertEquals(SMALL.entries().size(), entries);
        }
    }

    /** The base, four OUs and the groups. */
    private static int groupsAndContainers() {
        return 1 + 4 + DirectoryData.groupDns().size();
    }
}
