/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.BindSecret;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.model.CredentialReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where bind passwords come from, and that they are never shown. */
class CredentialsTest {

    private static final String SERVER = "dc1.contoso.test:636";
    private static final CredentialReference ENV = CredentialReference.environment("EMW_LDAP_PASSWORD");
    private static final CredentialReference STORED = CredentialReference.secureStorage("/org.emworkbench/ldap/dc1");

    @TempDir
    Path temp;

    private static String text(BindSecret secret) {
        return new String(secret.utf8(), StandardCharsets.UTF_8);
    }

    @Test
    void theEnvironmentAnswersEnvReferencesOnly() throws Exception {
        BindCredentials environment = BindCredentials.environment(Map.of("EMW_LDAP_PASSWORD", "S3cret!")::get);
        try (BindSecret secret = environment.resolve(ENV, SERVER)) {
            assertEquals("S3cret!", text(secret));
        }
        assertNull(environment.resolve(STORED, SERVER));
    }

    @Test
    void anUnsetVariableIsAClearError() {
        DirectoryException failure = assertThrows(DirectoryException.class,
                () -> BindCredentials.environment(name -> null).resolve(ENV, SERVER));
        assertEquals(Failure.CREDENTIAL_UNAVAILABLE, failure.failure());
        assertTrue(failure.getMessage().startsWith(SERVER + ": the environment variable EMW_LDAP_PASSWORD"),
                failure::getMessage);
    }

    @Test
    void aPasswordFileGivesItsFirstLineForAnyReference() throws Exception {
        Path file = Files.writeString(temp.resolve("password"), "pässword 1\nsecond line\n", StandardCharsets.UTF_8);
        try (BindSecret secret = BindCredentials.file(file).resolve(STORED, SERVER)) {
            assertEquals("pässword 1", text(secret));
        }
    }

    @Test
    void anEmptyOrMissingPasswordFileIsAClearError() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty"), "\n");
        for (Path file : new Path[] { empty, temp.resolve("missing") }) {
            DirectoryException failure = assertThrows(DirectoryException.class,
                    () -> BindCredentials.file(file).resolve(ENV, SERVER));
            assertEquals(Failure.CREDENTIAL_UNAVAILABLE, failure.failure());
            assertTrue(failure.getMessage().contains(file.toString()), failure::getMessage);
        }
    }

    @Test
    void secureStorageIsPluggedIn() throws Exception {
        BindCredentials credentials = BindCredentials.environment(name -> null)
                .orElse(BindCredentials.secureStorage(path -> path.equals(STORED.name()) ? "from-store".toCharArray()
                        : null));
        try (BindSecret secret = credentials.resolve(STORED, SERVER)) {
            assertEquals("from-store", text(secret));
        }
        DirectoryException missing = assertThrows(DirectoryException.class, () -> credentials
                .resolve(CredentialReference.secureStorage("/elsewhere"), SERVER));
        assertTrue(missing.getMessage().contains("/elsewhere"), missing::getMessage);
        DirectoryException locked = assertThrows(DirectoryException.class,
                () -> BindCredentials.secureStorage(path -> {
                    throw new IOException("locked");
                }).resolve(STORED, SERVER));
        assertEquals(Failure.CREDENTIAL_UNAVAILABLE, locked.failure());
    }

    @Test
    void aSecretIsNeverPrintedAndIsOverwrittenWhenClosed() {
        char[] typed = "hunter2-hunter2".toCharArray();
        BindSecret secret = BindSecret.of(typed);
        assertFalse(secret.toString().contains("hunter2"));
        assertEquals("server said *** is wrong", secret.redact("server said hunter2-hunter2 is wrong"));
        secret.close();
        assertThrows(IllegalStateException.class, secret::utf8);
        assertArrayEquals("hunter2-hunter2".toCharArray(), typed, "the caller's array is the caller's");
    }
}
