/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.tests.servers.TestDirectory;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.validation.settings.DirectorySettings.Tls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that do not depend on which LDAP server answers, so they run once:
 * a server that accepts connections and never answers (a listener of the
 * test's own), trust stores and passwords the client cannot read, a
 * connection used after closing. Where a real server is needed, it is the
 * run's shared in-memory one.
 */
class ClientSideFailuresTest {

    private static TestDirectory directory;
    private static Failures failures;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() {
        directory = TestDirectory.Kind.IN_MEMORY.shared();
        failures = new Failures();
    }

    @AfterAll
    static void noFailureShowsThePassword() {
        failures.assertNoneShows(directory.bindPassword());
    }

    private static DirectoryEndpoint ldaps(String trustStore) {
        return Fixture.plain(directory).withTls(Tls.LDAPS, trustStore).withPort(directory.ldapsPort());
    }

    @Test
    void aServerThatNeverAnswers() throws Exception {
        try (SilentListener silent = new SilentListener()) {
            DirectoryEndpoint endpoint = Fixture.plain(directory).withPort(silent.port())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
            long start = System.nanoTime();
            failures.opening(Failure.TIMEOUT, endpoint, Fixture.credentials(directory));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "the timeout was not kept");
        }
    }

    @Test
    void aTlsServerThatNeverAnswers() throws Exception {
        try (SilentListener silent = new SilentListener()) {
            String trustStore = directory.writeTrustStore(temp.resolve("silent.p12"), "PKCS12").toString();
            failures.opening(Failure.TIMEOUT, ldaps(trustStore).withPort(silent.port())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), Fixture.credentials(directory));
        }
    }

    @Test
    void aPkcs12StoreWhoseCertificatesNeedAPassword() throws Exception {
        Path encrypted = temp.resolve("encrypted.p12");
        try (OutputStream out = Files.newOutputStream(encrypted)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", directory.ca().caCertificate());
            store.store(out, "store-password".toCharArray());
        }
        DirectoryException failure = failures.opening(Failure.TRUST_STORE_UNREADABLE, ldaps(encrypted.toString()),
                Fixture.credentials(directory));
        assertTrue(failure.getMessage().contains("use a JKS store"), failure::getMessage);
    }

    @Test
    void anUnreadableTrustStore() throws Exception {
        Path notAStore = Files.writeString(temp.resolve("not-a-store.p12"), "hello");
        failures.opening(Failure.TRUST_STORE_UNREADABLE, ldaps(notAStore.toString()), Fixture.credentials(directory));
    }

    @Test
    void aMissingEnvironmentVariable() {
        DirectoryException failure = failures.opening(Failure.CREDENTIAL_UNAVAILABLE, Fixture.plain(directory),
                BindCredentials.environment(name -> null));
        assertTrue(failure.getMessage().contains(Fixture.VARIABLE), failure::getMessage);
    }

    @Test
    void aSecureStorageReferenceWithOnlyTheEnvironment() {
        failures.opening(Failure.CREDENTIAL_UNAVAILABLE,
                Fixture.plain(directory).withBind(directory.bindDn(),
                        CredentialReference.secureStorage("/org.emworkbench/ldap/contoso")),
                Fixture.credentials(directory));
    }

    @Test
    void aClosedConnectionRefusesWork() throws Exception {
        DirectoryConnection connection = DirectoryConnection.openPool(Fixture.plain(directory),
                Fixture.credentials(directory), 2);
        connection.close();
        connection.close();
        failures.add(assertThrows(DirectoryException.class, () -> connection.findUsers("mbowen", List.of("mail"))));
    }
}
