/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLSocketVerifier;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;

/**
 * Builds UnboundID server sets for an endpoint: socket factory, TLS with the
 * chosen trust store, host-name verification (always), StartTLS before the
 * bind, and the time limits. One server set serves a single connection and a
 * pool alike.
 */
public final class ServerSets {

    private ServerSets() {
    }

    /**
     * Thrown by the host-name check, so that the failure can be told apart from
     * other TLS failures whatever UnboundID wraps it in.
     */
    static final class HostNameMismatch extends LDAPException {
        private static final long serialVersionUID = 1L;

        HostNameMismatch(String host) {
            super(ResultCode.CONNECT_ERROR, "the server's certificate does not name " + host);
        }
    }

    /** The TLS handshake did not finish within the connect timeout. */
    static final class HandshakeTimeout extends LDAPException {
        private static final long serialVersionUID = 1L;

        HandshakeTimeout() {
            super(ResultCode.TIMEOUT, "the TLS handshake did not finish in time");
        }
    }

    /**
     * @param endpoint where to connect
     * @param bind     the bind to perform on every new connection, or {@code null} for anonymous
     * @return a server set that connects, negotiates TLS, verifies the host name and binds
     * @throws DirectoryException when the trust store cannot be read
     */
    public static SingleServerSet create(DirectoryEndpoint endpoint, BindRequest bind) throws DirectoryException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) Math.min(Integer.MAX_VALUE, endpoint.connectTimeout().toMillis()));
        options.setResponseTimeoutMillis(endpoint.responseTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        options.setFollowReferrals(false);
        SocketFactory sockets = SocketFactory.getDefault();
        PostConnectProcessor startTls = null;
        if (endpoint.tls() != Tls.NONE) {
            SSLContext context = sslContext(endpoint);
            CheckedHostName verifier = new CheckedHostName(endpoint.connectTimeout());
            options.setSSLSocketVerifier(verifier);
            if (endpoint.tls() == Tls.LDAPS) {
                sockets = context.getSocketFactory();
            } else {
                startTls = new StartTls(context, endpoint.host(), verifier);
            }
        }
        return new SingleServerSet(endpoint.host(), endpoint.port(), sockets, options, bind, startTls);
    }

    private static SSLContext sslContext(DirectoryEndpoint endpoint) throws DirectoryException {
        X509TrustManager trust = endpoint.trustStore().isEmpty() ? JVMDefaultTrustManager.getInstance()
                : trustStore(endpoint);
        try {
            return new SSLUtil(trust).createSSLContext();
        } catch (GeneralSecurityException e) {
            throw new DirectoryException(Failure.TLS_FAILED, endpoint.server(),
                    "the JDK cannot create a TLS context (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Reads the store once here, so that an unreadable or wrongly typed file is
     * reported as such and not later as an untrusted server.
     */
    private static X509TrustManager trustStore(DirectoryEndpoint endpoint) throws DirectoryException {
        Path file = Path.of(endpoint.trustStore());
        String type = null;
        for (String candidate : new String[] { "PKCS12", "JKS" }) {
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance(candidate);
                store.load(in, null);
                if (store.size() == 0) {
                    throw new DirectoryException(Failure.TRUST_STORE_UNREADABLE, endpoint.server(), "the trust store "
                            + file + " holds no certificate readable without a password (keytool encrypts the"
                            + " certificates of a PKCS12 store that has one: use a JKS store, or make the PKCS12 store"
                            + " with -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE)", null);
                }
                type = candidate;
                break;
            } catch (IOException | GeneralSecurityException e) {
                if (!Files.isReadable(file)) {
                    throw new DirectoryException(Failure.TRUST_STORE_UNREADABLE, endpoint.server(),
                            "the trust store " + file + " cannot be read", e);
                }
            }
        }
        if (type == null) {
            throw new DirectoryException(Failure.TRUST_STORE_UNREADABLE, endpoint.server(),
                    "the trust store " + file + " is neither a PKCS12 nor a JKS file", null);
        }
        return new TrustStoreTrustManager(new File(file.toString()), null, type, true);
    }

    /**
     * UnboundID's host-name check (a wildcard matches one label), with a
     * failure that can be recognised. The library may still be negotiating TLS
     * in its connect thread when it asks for the check, and a server that never
     * answers would keep that going for ever: the check waits for the session
     * no longer than the connect timeout, then closes the socket.
     */
    private static final class CheckedHostName extends SSLSocketVerifier {
        private final HostNameSSLSocketVerifier delegate = new HostNameSSLSocketVerifier(true);
        private final Duration timeout;

        CheckedHostName(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public void verifySSLSocket(String host, int port, SSLSocket socket) throws LDAPException {
            CompletableFuture<SSLSession> session = CompletableFuture.supplyAsync(() -> negotiated(socket));
            try {
                verify(host, session.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                closeQuietly(socket);
                throw new HandshakeTimeout();
            } catch (ExecutionException e) {
                closeQuietly(socket);
                throw new LDAPException(ResultCode.CONNECT_ERROR, "the TLS handshake failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(socket);
                throw new LDAPException(ResultCode.CONNECT_ERROR, "interrupted during the TLS handshake");
            }
        }

        /**
         * @return the session once the handshake is over; when it failed, the
         *         reason (e.g. an untrusted certificate) as the exception
         */
        private static SSLSession negotiated(SSLSocket socket) {
            SSLSession session = socket.getSession();
            try {
                session.getPeerCertificates();
                return session;
            } catch (SSLPeerUnverifiedException unverified) {
                try {
                    // on a connection whose handshake failed this rethrows the failure with its cause
                    socket.startHandshake();
                } catch (IOException failure) {
                    throw new CompletionException(failure);
                }
                throw new CompletionException(unverified);
            }
        }

        void verify(String host, SSLSession session) throws HostNameMismatch {
            if (session == null || !delegate.verify(host, session) || !HostNames.matches(host, leaf(session))) {
                throw new HostNameMismatch(host);
            }
        }

        private static X509Certificate leaf(SSLSession session) throws HostNameMismatch {
            try {
                if (session.getPeerCertificates()[0] instanceof X509Certificate certificate) {
                    return certificate;
                }
            } catch (SSLPeerUnverifiedException e) {
                // falls through: no certificate, so no name
            }
            throw new HostNameMismatch(session.getPeerHost());
        }

        private static void closeQuietly(SSLSocket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // the socket is being abandoned anyway
            }
        }
    }

    /**
     * StartTLS on every new connection, before the bind; then the same host-name
     * check as for LDAPS, made here so it never depends on how the library
     * treats StartTLS.
     */
    private static final class StartTls implements PostConnectProcessor {
        private final SSLContext context;
        private final String host;
        private final CheckedHostName verifier;

        StartTls(SSLContext context, String host, CheckedHostName verifier) {
            this.context = context;
            this.host = host;
            this.verifier = verifier;
        }

        @Override
        public void processPreAuthenticatedConnection(LDAPConnection connection) throws LDAPException {
            ExtendedResult result = connection.processExtendedOperation(new StartTLSExtendedRequest(context));
            if (result.getResultCode() != ResultCode.SUCCESS) {
                throw new StartTlsRefused(result);
            }
            verifier.verify(host, connection.getSSLSession());
        }

        @Override
        public void processPostAuthenticatedConnection(LDAPConnection connection) {
            // nothing to do after the bind
        }
    }

    /** The server answered the StartTLS request with an error. */
    static final class StartTlsRefused extends LDAPException {
        private static final long serialVersionUID = 1L;

        StartTlsRefused(ExtendedResult result) {
            super(result.getResultCode(), "the server refused StartTLS (" + result.getResultCode().getName() + ")");
        }
    }
}
