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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.validation.settings.DirectorySettings.Tls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections to the in-memory directory: plain, LDAPS and StartTLS with the
 * user's trust store, and each failure a user meets, reported clearly and
 * without the password.
 */
class ConnectionTest {

    private static InMemoryDirectory directory;
    private static InMemoryDirectory wrongName;
    private static InMemoryDirectory expired;
    /** Every failure any test saw, checked at the end for the password. */
    private static final List<DirectoryException> FAILURES = new ArrayList<>();

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() throws Exception {
        directory = InMemoryDirectory.builder().start();
        wrongName = InMemoryDirectory.builder().certificates(directory.certificates())
                .certificateNames("ldap.wrong-name.test").start();
        expired = InMemoryDirectory.builder().certificates(directory.certificates()).expiredCertificate().start();
    }

    @AfterAll
    static void stop() {
        directory.close();
        wrongName.close();
        expired.close();
        for (DirectoryException failure : FAILURES) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(directory.bindPassword()), t::toString);
                assertFalse(t.toString().contains(directory.bindPassword()), t::toString);
            }
        }
    }

    private static DirectoryException failure(Failure expected, DirectoryEndpoint endpoint,
            org.emworkbench.directory.BindCredentials credentials) {
        DirectoryException failure = assertThrows(DirectoryException.class,
                () -> DirectoryConnection.open(endpoint, credentials).close());
        FAILURES.add(failure);
        assertEquals(expected, failure.failure(), () -> chain(failure));
        assertTrue(failure.getMessage().startsWith(endpoint.server() + ": "), failure::getMessage);
        assertTrue(failure.getMessage().endsWith(expected.advice()), failure::getMessage);
        return failure;
    }

    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append(" <- ");
        }
        return text.toString();
    }

    private static Path trustStore(String type) throws IOException {
        return directory.certificates().writeTrustStore(temp.resolve("trust-" + type + "." + type.toLowerCase()), type);
    }

    private static void assertReadsAlice(DirectoryEndpoint endpoint) throws DirectoryException {
        try (DirectoryConnection connection = DirectoryConnection.open(endpoint, Fixture.credentials(directory))) {
            assertEquals(1, connection.findUsers("alice@contoso.test", List.of("mail")).size());
        }
    }

    @Test
    void plainLdapBindsAndSearches() throws Exception {
        assertReadsAlice(Fixture.plain(directory));
    }

    @Test
    void anAnonymousEndpointNeedsNoPassword() throws Exception {
        DirectoryEndpoint anonymous = Fixture.plain(directory).withBind(null, null);
        try (DirectoryConnection connection = DirectoryConnection.open(anonymous, (reference, server) -> {
            throw new AssertionError("an anonymous bind asked for a password");
        })) {
            assertEquals(1, connection.findUsers("zoe", List.of("mail")).size());
        }
    }

    @Test
    void ldapsWithAPkcs12TrustStore() throws Exception {
        assertReadsAlice(Fixture.plain(directory).withTls(Tls.LDAPS, trustStore("PKCS12").toString())
                .withPort(directory.ldapsPort()));
    }

    @Test
    void ldapsWithAJksTrustStore() throws Exception {
        assertReadsAlice(Fixture.plain(directory).withTls(Tls.LDAPS, trustStore("JKS").toString())
                .withPort(directory.ldapsPort()));
    }

    @Test
    void ldapsToTheHostNameTheCertificateCarries() throws Exception {
        assertReadsAlice(new DirectoryEndpoint("localhost", directory.ldapsPort(), Tls.LDAPS, InMemoryDirectory.BASE_DN,
                InMemoryDirectory.BIND_DN, CredentialReference.environment(Fixture.VARIABLE),
                trustStore("PKCS12").toString(), Duration.ofSeconds(5), Duration.ofSeconds(5), 500));
    }

    @Test
    void aPkcs12StoreWhoseCertificatesNeedAPassword() throws Exception {
        Path encrypted = temp.resolve("encrypted.p12");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(encrypted)) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", directory.certificates().root());
            store.store(out, "store-password".toCharArray());
        }
        DirectoryException failure = failure(Failure.TRUST_STORE_UNREADABLE,
                Fixture.plain(directory).withTls(Tls.LDAPS, encrypted.toString()).withPort(directory.ldapsPort()),
                Fixture.credentials(directory));
        assertTrue(failure.getMessage().contains("use a JKS store"), failure::getMessage);
    }

    @Test
    void aClosedConnectionRefusesWork() throws Exception {
        DirectoryConnection connection = DirectoryConnection.openPool(Fixture.plain(directory),
                Fixture.credentials(directory), 2);
        connection.close();
        connection.close();
        DirectoryException failure = assertThrows(DirectoryException.class,
                () -> connection.findUsers("alice", List.of("mail")));
        FAILURES.add(failure);
    }

    @Test
    void startTlsWithTheTrustStore() throws Exception {
        assertReadsAlice(Fixture.plain(directory).withTls(Tls.START_TLS, trustStore("PKCS12").toString()));
    }

    @Test
    void aPoolServesSeveralThreadsAndCloses() throws Exception {
        DirectoryEndpoint endpoint = Fixture.plain(directory).withTls(Tls.START_TLS, trustStore("PKCS12").toString());
        try (DirectoryConnection pool = DirectoryConnection.openPool(endpoint, Fixture.credentials(directory), 3)) {
            List<Thread> threads = new ArrayList<>();
            List<Integer> found = java.util.Collections.synchronizedList(new ArrayList<>());
            for (String user : List.of("alice", "bob", "carol", "dave", "zoe")) {
                Thread thread = new Thread(() -> {
                    try {
                        found.add(pool.findUsers(user, List.of("mail")).size());
                    } catch (DirectoryException e) {
                        found.add(-1);
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals(List.of(1, 1, 1, 1, 1), found);
        }
    }

    @Test
    void theJdkTrustStoreDoesNotTrustTheTestCa() {
        DirectoryException failure = failure(Failure.TLS_UNTRUSTED,
                Fixture.plain(directory).withTls(Tls.LDAPS, "").withPort(directory.ldapsPort()),
                Fixture.credentials(directory));
        assertTrue(failure.getMessage().contains("the JDK's trusted CAs"), failure::getMessage);
    }

    @Test
    void anExpiredCertificate() throws Exception {
        DirectoryException failure = failure(Failure.TLS_EXPIRED,
                Fixture.plain(expired).withTls(Tls.LDAPS, trustStore("PKCS12").toString()).withPort(expired.ldapsPort()),
                Fixture.credentials(expired));
        assertTrue(failure.getMessage().toLowerCase(java.util.Locale.ROOT).contains("has expired"), failure::getMessage);
    }

    @Test
    void ldapsToAServerWhoseCertificateNamesAnotherHost() throws Exception {
        DirectoryException failure = failure(Failure.TLS_NAME_MISMATCH,
                Fixture.plain(wrongName).withTls(Tls.LDAPS, trustStore("PKCS12").toString())
                        .withPort(wrongName.ldapsPort()),
                Fixture.credentials(wrongName));
        assertTrue(failure.getMessage().contains("does not name 127.0.0.1"), failure::getMessage);
    }

    @Test
    void startTlsToAServerWhoseCertificateNamesAnotherHost() throws Exception {
        failure(Failure.TLS_NAME_MISMATCH,
                Fixture.plain(wrongName).withTls(Tls.START_TLS, trustStore("PKCS12").toString()),
                Fixture.credentials(wrongName));
    }

    @Test
    void ldapsToThePlainPort() throws Exception {
        failure(Failure.TLS_FAILED, Fixture.plain(directory).withTls(Tls.LDAPS, trustStore("PKCS12").toString()),
                Fixture.credentials(directory));
    }

    @Test
    void anUnreadableTrustStore() throws Exception {
        Path notAStore = java.nio.file.Files.writeString(temp.resolve("not-a-store.p12"), "hello");
        failure(Failure.TRUST_STORE_UNREADABLE,
                Fixture.plain(directory).withTls(Tls.LDAPS, notAStore.toString()).withPort(directory.ldapsPort()),
                Fixture.credentials(directory));
    }

    @Test
    void aWrongPassword() {
        DirectoryException failure = failure(Failure.INVALID_CREDENTIALS, Fixture.plain(directory),
                Fixture.wrongCredentials());
        assertTrue(failure.getMessage().contains(InMemoryDirectory.BIND_DN), failure::getMessage);
        assertFalse(failure.getMessage().contains("not-the-password"), failure::getMessage);
    }

    @Test
    void aServerThatIsDown() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        failure(Failure.SERVER_UNREACHABLE, Fixture.plain(directory).withPort(port), Fixture.credentials(directory));
    }

    @Test
    void aServerThatNeverAnswers() throws Exception {
        try (SilentListener silent = new SilentListener()) {
            DirectoryEndpoint endpoint = Fixture.plain(directory).withPort(silent.port())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
            long start = System.nanoTime();
            failure(Failure.TIMEOUT, endpoint, Fixture.credentials(directory));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "the timeout was not kept");
        }
    }

    @Test
    void aTlsServerThatNeverAnswers() throws Exception {
        try (SilentListener silent = new SilentListener()) {
            failure(Failure.TIMEOUT, Fixture.plain(directory).withPort(silent.port())
                    .withTls(Tls.LDAPS, trustStore("PKCS12").toString())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), Fixture.credentials(directory));
        }
    }

    @Test
    void aMissingEnvironmentVariable() {
        DirectoryException failure = failure(Failure.CREDENTIAL_UNAVAILABLE, Fixture.plain(directory),
                org.emworkbench.directory.BindCredentials.environment(name -> null));
        assertTrue(failure.getMessage().contains(Fixture.VARIABLE), failure::getMessage);
    }

    @Test
    void aSecureStorageReferenceWithOnlyTheEnvironment() {
        failure(Failure.CREDENTIAL_UNAVAILABLE,
                Fixture.plain(directory).withBind(InMemoryDirectory.BIND_DN,
                        CredentialReference.secureStorage("/org.emworkbench/ldap/contoso")),
                Fixture.credentials(directory));
    }

    @Test
    void theSearchBaseDoesNotExist() throws Exception {
        try (DirectoryConnection connection = DirectoryConnection
                .open(Fixture.plain(directory).withBaseDn("ou=Nowhere,dc=contoso,dc=test"),
                        Fixture.credentials(directory))) {
            DirectoryException failure = assertThrows(DirectoryException.class,
                    () -> connection.findUsers("alice", List.of("mail")));
            FAILURES.add(failure);
            assertEquals(Failure.NO_SUCH_ENTRY, failure.failure());
            assertTrue(failure.getMessage().contains("ou=Nowhere,dc=contoso,dc=test"), failure::getMessage);
        }
    }

    @Test
    void noTextOfAConnectionShowsThePassword() throws Exception {
        DirectoryEndpoint endpoint = Fixture.plain(directory);
        try (DirectoryConnection connection = DirectoryConnection.open(endpoint, Fixture.credentials(directory))) {
            assertFalse(connection.toString().contains(directory.bindPassword()));
            assertFalse(endpoint.toString().contains(directory.bindPassword()));
            assertTrue(endpoint.toString().contains("env:" + Fixture.VARIABLE), endpoint::toString);
        }
    }
}
