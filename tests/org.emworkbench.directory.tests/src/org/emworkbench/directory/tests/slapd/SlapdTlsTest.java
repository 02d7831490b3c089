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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.net.ssl.SSLContext;

import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.Slapd;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.emworkbench.directory.tests.servers.TestLdapCa;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

/**
 * LDAPS and StartTLS with the test CA's trust store and host-name verification on: the harness's
 * certificate passes, a trusted certificate for another name does not, nor does the right certificate
 * when the client does not trust the CA.
 * <p>
 * The name checks connect to {@link Slapd#NAME} ({@code localhost}), not to 127.0.0.1: UnboundID's
 * {@link HostNameSSLSocketVerifier} accepts any certificate when the client connects to a loopback IP
 * address (W3C "potentially trustworthy" origins), which
 * {@link #unboundIdSkipsTheNameCheckForLoopbackAddresses()} pins down.
 */
class SlapdTlsTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    /** A second server, with the same CA but a certificate for {@link TestLdapCa#WRONG_NAME}. */
    private static Slapd wrongName;

    @BeforeAll
    static void startWrongNameServer() throws Exception {
        TestLdapCa ca = TestLdapCa.create();
        wrongName = Slapd.start(DirectoryData.withBulkUsers(0), ca, ca.wrongNameServer());
    }

    @AfterAll
    static void stopWrongNameServer() {
        if (wrongName != null) {
            wrongName.close();
        }
    }

    @Test
    void ldapsWithTheTestCaAndHostNameVerificationBinds() throws Exception {
        Slapd server = SLAPD.server();
        try (LDAPConnection connection = new LDAPConnection(server.sslUtil().createSSLSocketFactory(),
                verifying(), Slapd.NAME, server.ldapsPort())) {
            assertTrue(connection.getSSLSession() != null, "the connection is TLS");
            assertEquals(ResultCode.SUCCESS,
                    connection.bind(DirectoryData.SERVICE_DN, server.data().servicePassword()).getResultCode());
            assertTrue(connection.getEntry(DirectoryData.MEGAN_DN) != null);
        }
    }

    @Test
    void startTlsWithTheTestCaAndHostNameVerificationBinds() throws Exception {
        Slapd server = SLAPD.server();
        try (LDAPConnection connection = new LDAPConnection(verifying(), Slapd.NAME, server.ldapPort())) {
            assertEquals(null, connection.getSSLSession(), "plain before StartTLS");
            ExtendedResult started = connection.processExtendedOperation(
                    new StartTLSExtendedRequest(server.sslUtil().createSSLContext()));
            assertEquals(ResultCode.SUCCESS, started.getResultCode());
            assertTrue(connection.getSSLSession() != null, "TLS after StartTLS");
            assertEquals(ResultCode.SUCCESS,
                    connection.bind(DirectoryData.SERVICE_DN, server.data().servicePassword()).getResultCode());
        }
    }

    @Test
    void ldapsRefusesACertificateForAnotherName() throws Exception {
        LDAPException refused = assertThrows(LDAPException.class,
                () -> new LDAPConnection(trusting(wrongName).createSSLSocketFactory(), verifying(), Slapd.NAME,
                        wrongName.ldapsPort()).close());
        assertEquals(ResultCode.CONNECT_ERROR, refused.getResultCode());
        assertTrue(refused.getMessage().contains(TestLdapCa.WRONG_NAME), refused.getMessage());
    }

    @Test
    void startTlsRefusesACertificateForAnotherName() throws Exception {
        try (LDAPConnection connection = new LDAPConnection(verifying(), Slapd.NAME, wrongName.ldapPort())) {
            SSLContext context = trusting(wrongName).createSSLContext();
            LDAPException refused = assertThrows(LDAPException.class,
                    () -> connection.processExtendedOperation(new StartTLSExtendedRequest(context)));
            assertFalse(refused.getResultCode() == ResultCode.SUCCESS);
        }
    }

    @Test
    void withoutHostNameVerificationTheWrongNameWouldPass() throws Exception {
        // The control case: the refusals above come from the name check, not from trust or the server.
        try (LDAPConnection connection = new LDAPConnection(trusting(wrongName).createSSLSocketFactory(),
                Slapd.NAME, wrongName.ldapsPort())) {
            assertTrue(connection.getSSLSession() != null);
        }
    }

    @Test
    void unboundIdSkipsTheNameCheckForLoopbackAddresses() throws Exception {
        // Should UnboundID ever check loopback addresses too, the tests may use 127.0.0.1 again.
        try (LDAPConnection connection = new LDAPConnection(trusting(wrongName).createSSLSocketFactory(),
                verifying(), wrongName.host(), wrongName.ldapsPort())) {
            assertTrue(connection.getSSLSession() != null, "wrong name accepted on " + wrongName.host());
        }
    }

    @Test
    void ldapsRefusesAServerWhoseCaIsNotTrusted() throws Exception {
        Slapd server = SLAPD.server();
        // The other CA's store: the same kind of certificate, another issuer.
        LDAPException refused = assertThrows(LDAPException.class,
                () -> new LDAPConnection(trusting(wrongName).createSSLSocketFactory(), verifying(), Slapd.NAME,
                        server.ldapsPort()).close());
        assertEquals(ResultCode.CONNECT_ERROR, refused.getResultCode());
        // and the trust-all manager shows that it is the trust that fails, not the server
        try (LDAPConnection connection = new LDAPConnection(new SSLUtil(new TrustAllTrustManager())
                .createSSLSocketFactory(), server.host(), server.ldapsPort())) {
            assertTrue(connection.getSSLSession() != null);
        }
    }

    private static SSLUtil trusting(Slapd server) {
        return server.sslUtil();
    }

    private static LDAPConnectionOptions verifying() {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(false));
        options.setConnectTimeoutMillis(5000);
        options.setResponseTimeoutMillis(10_000);
        return options;
    }
}
