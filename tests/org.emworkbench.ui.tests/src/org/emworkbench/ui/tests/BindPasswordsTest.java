/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emworkbench.model.CredentialReference;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LDAP bind passwords in a secure storage of the test's own, never the user's. */
class BindPasswordsTest {

    private static final CredentialReference CONTOSO = CredentialReference
            .secureStorage("/org.emworkbench/ldap/dc01.contoso.com_636");

    @TempDir
    Path folder;

    private Path file;
    private BindPasswords passwords;

    @BeforeEach
    void openStorage() throws Exception {
        file = folder.resolve("secure_storage");
        passwords = new BindPasswords(TestStorage.open(file));
    }

    @Test
    void aStoredPasswordReadsBackAndIsEncryptedOnDisk() throws Exception {
        passwords.store(CONTOSO, "Pässw0rd-of-the-binder".toCharArray());

        assertArrayEquals("Pässw0rd-of-the-binder".toCharArray(), passwords.read(CONTOSO));
        assertTrue(passwords.contains(CONTOSO));
        String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(onDisk.contains("dc01.contoso.com_636"), "the node is there");
        assertFalse(onDisk.contains("of-the-binder"), "the password is not written as it is");
    }

    @Test
    void storingAgainReplacesThePassword() throws Exception {
        passwords.store(CONTOSO, "first".toCharArray());
        passwords.store(CONTOSO, "second".toCharArray());

        assertArrayEquals("second".toCharArray(), passwords.read(CONTOSO));
    }

    @Test
    void aRemovedPasswordIsGone() throws Exception {
        passwords.store(CONTOSO, "secret".toCharArray());

        assertTrue(passwords.remove(CONTOSO));

        assertFalse(passwords.contains(CONTOSO));
        assertNull(passwords.read(CONTOSO));
        assertEquals(List.of(), passwords.stored());
        assertFalse(passwords.remove(CONTOSO), "nothing left to remove");
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("dc01.contoso.com_636"),
                "the emptied node is removed from the file");
    }

    @Test
    void theListNamesEveryReferenceWithAPasswordWhereverItPoints() throws Exception {
        CredentialReference elsewhere = CredentialReference.secureStorage("/acme/directory/primary");
        passwords.store(CONTOSO, "a".toCharArray());
        passwords.store(elsewhere, "b".toCharArray());

        assertEquals(List.of(elsewhere, CONTOSO), passwords.stored());
        assertNull(passwords.read(CredentialReference.secureStorage("/org.emworkbench/ldap")),
                "a parent node holds no password");
    }

    @Test
    void onlySecureStorageReferencesToANodeOfTheirOwnAreAccepted() {
        char[] password = "x".toCharArray();
        for (CredentialReference bad : new CredentialReference[] { CredentialReference.environment("EMW_LDAP"),
                CredentialReference.secureStorage("/"), CredentialReference.secureStorage("/org.emworkbench//ldap"),
                CredentialReference.secureStorage("/org.emworkbench/ldap/"),
                CredentialReference.secureStorage("/org.emworkbench/../ldap") }) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> passwords.store(bad, password), bad.toString());
            assertTrue(refused.getMessage().contains(bad.toString()), refused.getMessage());
        }
    }

    @Test
    void theProposedReferenceIsAValidPathNamedAfterTheServer() {
        assertEquals("secure-storage:/org.emworkbench/ldap/dc01.contoso.com_636",
                BindPasswords.proposeFor("DC01.Contoso.com", 636).toString());
        assertEquals("secure-storage:/org.emworkbench/ldap/_2001_db8__1__389",
                BindPasswords.proposeFor("[2001:db8::1]", 389).toString());
        assertEquals("secure-storage:/org.emworkbench/ldap/___389", BindPasswords.proposeFor("..", 389).toString());
        CredentialReference proposed = BindPasswords.proposeFor("dc 01 (Contoso)", 389);
        assertEquals(proposed, CredentialReference.valueOf(proposed.toString()), "the model can hold it");
        assertThrows(IllegalArgumentException.class, () -> BindPasswords.proposeFor(" ", 389));
    }
}
