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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.TestDirectory;
import org.emworkbench.directory.tests.servers.TestLdapCa;
import org.emworkbench.validation.settings.DirectorySettings.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connections to each server: plain, LDAPS and StartTLS with the user's trust
 * store, by host name and by address, and each failure a user meets there,
 * reported clearly and without the password. Host names are checked by
 * {@code localhost} and by {@code 127.0.0.1}: UnboundID alone accepts any
 * certificate for a loopback address, the bundle's own RFC 6125 check does
 * not.
 */
class ConnectionTest extends BothServers {

    /**
     * Beside the shared server: one whose certificate names another host, one with an expired certificate,
     * and one whose certificate names {@code localhost} in its subject's CN only.
     */
    private static TestDirectory wrongName;
    private static TestDirectory expired;
    private static TestDirectory commonNameOnly;
    private static Failures failures;

    @TempDir
    Path temp;

    @BeforeParameterizedClassInvocation
    static void startOtherServers(TestDirectory.Kind server) throws Exception {
        failures = new Failures();
        TestLdapCa ca = TestLdapCa.create();
        wrongName = server.start(DirectoryData.withBulkUsers(0), ca, ca.wrongNameServer());
        expired = server.start(DirectoryData.withBulkUsers(0), ca, ca.expiredServer());
        commonNameOnly = server.start(DirectoryData.withBulkUsers(0), ca, ca.issue("localhost", List.of(), List.of()));
    }

    @AfterParameterizedClassInvocation
    static void stopOtherServers() {
        wrongName.close();
        expired.close();
        commonNameOnly.close();
        failures.assertNoneShows(directory.bindPassword());
        failures.assertNoneShows(wrongName.bindPassword());
    }

    private String trustStore(TestDirectory server, String type) throws Exception {
        return server.writeTrustStore(temp.resolve("trust." + type.toLowerCase(Locale.ROOT)), type).toString();
    }

    /** An endpoint to the server by the given host name, with its CA in the trust store. */
    private DirectoryEndpoint tls(TestDirectory server, String host, Tls mode) throws Exception {
        int port = mode == Tls.LDAPS ? server.ldapsPort() : server.ldapPort();
        return DirectoryEndpoint.of(host, port, Fixture.settings(Tls.NONE)).withBaseDn(server.baseDn())
                .withBind(server.bindDn(), Fixture.plain(server).credential())
                .withTls(mode, trustStore(server, "PKCS12"));
    }

    private static void assertReadsMegan(DirectoryEndpoint endpoint) throws DirectoryException {
        assertReadsMegan(endpoint, directory);
    }

    private static void assertReadsMegan(DirectoryEndpoint endpoint, TestDirectory server) throws DirectoryException {
        try (DirectoryConnection opened = DirectoryConnection.open(endpoint, Fixture.credentials(server))) {
            assertEquals(1, opened.findUsers("megan.bowen@contoso.com", List.of("mail")).size());
        }
    }

    @Test
    void plainLdapBindsAndSearches() throws Exception {
        assertReadsMegan(Fixture.plain(directory));
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "127.0.0.1" })
    void ldapsWithTheTrustStore(String host) throws Exception {
        assertReadsMegan(tls(directory, host, Tls.LDAPS));
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "127.0.0.1" })
    void startTlsWithTheTrustStore(String host) throws Exception {
        assertReadsMegan(tls(directory, host, Tls.START_TLS));
    }

    @Test
    void ldapsWithAJksTrustStore() throws Exception {
        assertReadsMegan(tls(directory, "localhost", Tls.LDAPS).withTls(Tls.LDAPS, trustStore(directory, "JKS")));
    }

    @Test
    void anAnonymousEndpointNeedsNoPasswordAndSeesNoUsers() throws Exception {
        DirectoryEndpoint anonymous = Fixture.plain(directory).withBind(null, null);
        try (DirectoryConnection opened = DirectoryConnection.open(anonymous, (reference, server) -> {
            throw new AssertionError("an anonymous bind asked for a password");
        })) {
            DirectoryException refused = failures.add(assertThrows(DirectoryException.class,
                    () -> opened.findUsers("mbowen", List.of("mail"))));
            assertEquals(Failure.ACCESS_DENIED, refused.failure(), refused::getMessage);
        }
    }

    @Test
    void aPoolServesSeveralThreadsAndCloses() throws Exception {
        try (DirectoryConnection pool = DirectoryConnection.openPool(tls(directory, "localhost", Tls.START_TLS),
                Fixture.credentials(directory), 3)) {
            List<Thread> threads = new ArrayList<>();
            List<Integer> found = Collections.synchronizedList(new ArrayList<>());
            for (String user : List.of("mbowen", "awilber", "nwilke", "lrobbins", "zangstrom")) {
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
    void theJdkTrustStoreDoesNotTrustTheTestCa() throws Exception {
        DirectoryException failure = failures.opening(Failure.TLS_UNTRUSTED,
                tls(directory, "localhost", Tls.LDAPS).withTls(Tls.LDAPS, ""), Fixture.credentials(directory));
        assertTrue(failure.getMessage().contains("the JDK's trusted CAs"), failure::getMessage);
    }

    @Test
    void anExpiredCertificate() throws Exception {
        DirectoryException failure = failures.opening(Failure.TLS_EXPIRED, tls(expired, "localhost", Tls.LDAPS),
                Fixture.credentials(expired));
        assertTrue(failure.getMessage().toLowerCase(Locale.ROOT).contains("has expired"), failure::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "127.0.0.1" })
    void ldapsToAServerWhoseCertificateNamesAnotherHost(String host) throws Exception {
        DirectoryException failure = failures.opening(Failure.TLS_NAME_MISMATCH, tls(wrongName, host, Tls.LDAPS),
                Fixture.credentials(wrongName));
        assertTrue(failure.getMessage().contains("does not name " + host), failure::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "127.0.0.1" })
    void startTlsToAServerWhoseCertificateNamesAnotherHost(String host) throws Exception {
        failures.opening(Failure.TLS_NAME_MISMATCH, tls(wrongName, host, Tls.START_TLS),
                Fixture.credentials(wrongName));
    }

    @Test
    void aCertificateWithoutAlternativeNamesNamesItsCommonNameOnly() throws Exception {
        assertReadsMegan(tls(commonNameOnly, "localhost", Tls.LDAPS), commonNameOnly);
        failures.opening(Failure.TLS_NAME_MISMATCH, tls(commonNameOnly, "127.0.0.1", Tls.LDAPS),
                Fixture.credentials(commonNameOnly));
    }

    @Test
    void ldapsToThePlainPort() throws Exception {
        failures.opening(Failure.TLS_FAILED, tls(directory, "localhost", Tls.LDAPS).withPort(directory.ldapPort()),
                Fixture.credentials(directory));
    }

    @Test
    void aWrongPassword() {
        DirectoryException failure = failures.opening(Failure.INVALID_CREDENTIALS, Fixture.plain(directory),
                Fixture.wrongCredentials());
        assertTrue(failure.getMessage().contains(DirectoryData.SERVICE_DN), failure::getMessage);
        assertFalse(failure.getMessage().contains("not-the-password"), failure::getMessage);
    }

    @Test
    void aServerThatIsDown() throws Exception {
        TestDirectory stopped = directory.kind().start(DirectoryData.withBulkUsers(0));
        try {
            assertReadsMegan(Fixture.plain(stopped), stopped);
            stopped.stop();
            failures.opening(Failure.SERVER_UNREACHABLE, Fixture.plain(stopped), Fixture.credentials(stopped));
        } finally {
            stopped.close();
        }
    }

    @Test
    void theSearchBaseDoesNotExist() throws Exception {
        String nowhere = "OU=Nowhere," + DirectoryData.BASE_DN;
        try (DirectoryConnection opened = DirectoryConnection.open(Fixture.plain(directory).withBaseDn(nowhere),
                Fixture.credentials(directory))) {
            DirectoryException failure = failures.add(assertThrows(DirectoryException.class,
                    () -> opened.findUsers("mbowen", List.of("mail"))));
            assertEquals(Failure.NO_SUCH_ENTRY, failure.failure());
            assertTrue(failure.getMessage().contains(nowhere), failure::getMessage);
        }
    }

    @Test
    void noTextOfAConnectionShowsThePassword() throws Exception {
        DirectoryEndpoint endpoint = Fixture.plain(directory);
        assertFalse(connection.toString().contains(directory.bindPassword()));
        assertFalse(endpoint.toString().contains(directory.bindPassword()));
        assertTrue(endpoint.toString().contains("env:" + Fixture.VARIABLE), endpoint::toString);
    }
}
