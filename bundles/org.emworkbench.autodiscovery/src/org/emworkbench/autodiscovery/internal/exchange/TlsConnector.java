/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceScope;

import com.google.common.net.InetAddresses;

/**
 * Opens TLS over a connection that is already made to the address discovery's
 * own resolver returned, while checking the certificate against the host
 * <em>name</em>: SNI names the host, and the endpoint identification algorithm
 * {@code HTTPS} makes the JDK check the certificate's names (RFC 2818), always.
 * Each handshake is a {@link StepKind#TLS} step with the protocol, the cipher
 * suite and the server certificate, also when the handshake fails.
 */
final class TlsConnector {

    private final TlsTrust trust;
    private final Duration handshakeTimeout;

    /**
     * @param trust            the CAs to trust
     * @param handshakeTimeout how long the handshake may take
     */
    TlsConnector(TlsTrust trust, Duration handshakeTimeout) {
        this.trust = trust;
        this.handshakeTimeout = handshakeTimeout;
    }

    /**
     * @param connected a connected socket; closed with the returned one, or when the handshake fails
     * @param host      the host name to send as SNI and to find in the certificate
     * @param port      the port, for the session
     * @param scope     where the TLS step goes
     * @return the socket after a successful handshake
     * @throws TlsFailure when the handshake fails; the message is the reason for the finding
     * @throws IOException when the handshake times out or the connection breaks for another reason; the message
     *                     says which
     */
    SSLSocket handshake(Socket connected, String host, int port, TraceScope scope) throws TlsFailure, IOException {
        TraceRecorder.Step step = scope.begin(StepKind.TLS, "TLS handshake with " + host + " (SNI " + host + ")");
        if (trust.trustManager() == null) {
            connected.close();
            String reason = "no CA certificate is trusted (the JDK's are switched off and no trust store is given)";
            step.finish(StepStatus.FAILED, reason);
            throw new TlsFailure(reason);
        }
        RecordingTrustManager recording = new RecordingTrustManager(trust.trustManager());
        SSLSocket socket;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { recording }, null);
            socket = (SSLSocket) context.getSocketFactory().createSocket(connected, host, port, true);
        } catch (GeneralSecurityException e) {
            connected.close();
            step.finish(StepStatus.FAILED, "TLS is not available: " + e.getMessage());
            throw new IOException("TLS is not available in this JDK: " + e.getMessage(), e);
        }
        SSLParameters parameters = socket.getSSLParameters();
        if (!InetAddresses.isInetAddress(host)) {
            // RFC 6066 has no server name for an address; the certificate is then checked for it as an IP SAN.
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.setSoTimeout((int) Math.max(1, handshakeTimeout.toMillis()));
        try {
            socket.startHandshake();
        } catch (SocketTimeoutException e) {
            socket.close();
            String reason = "no TLS handshake within " + handshakeTimeout.toMillis() + " ms";
            step.finish(StepStatus.UNKNOWN, reason);
            throw new SocketTimeoutException(reason);
        } catch (SSLException e) {
            socket.close();
            X509Certificate leaf = recording.leaf();
            if (leaf != null) {
                CertificateFacts.describe(leaf).forEach(step::detail);
            }
            String reason = TlsFailureReason.of(e, leaf, host, Instant.now());
            step.finish(StepStatus.FAILED, reason);
            throw new TlsFailure(reason);
        } catch (IOException e) {
            socket.close();
            step.finish(StepStatus.UNKNOWN, "the connection broke during the handshake: " + e.getMessage());
            throw new IOException("the connection broke during the TLS handshake: " + e.getMessage(), e);
        }
        describe(socket.getSession(), step);
        return socket;
    }

    private static void describe(SSLSession session, TraceRecorder.Step step) {
        step.detail(session.getProtocol() + " " + session.getCipherSuite());
        try {
            if (session.getPeerCertificates()[0] instanceof X509Certificate leaf) {
                CertificateFacts.describe(leaf).forEach(step::detail);
            }
        } catch (SSLPeerUnverifiedException e) {
            step.detail("no server certificate: " + e.getMessage());
        }
        step.finish(StepStatus.OK, session.getProtocol() + ", certificate trusted and names the host");
    }

    /** A handshake that failed for a reason a certificate or the server's TLS set-up explains (AD-009). */
    static final class TlsFailure extends Exception {
        private static final long serialVersionUID = 1L;

        TlsFailure(String reason) {
            super(reason);
        }
    }

    /**
     * Remembers the chain the server showed, so that a refused certificate can
     * still be described, and leaves every decision to the PKIX trust manager
     * it wraps (which also checks the host name, from the socket's parameters).
     */
    private static final class RecordingTrustManager extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager delegate;
        private volatile X509Certificate[] chain;

        RecordingTrustManager(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        X509Certificate leaf() {
            X509Certificate[] shown = chain;
            return shown == null || shown.length == 0 ? null : shown[0];
        }

        @Override
        public void checkServerTrusted(X509Certificate[] serverChain, String authType, Socket socket)
                throws CertificateException {
            chain = serverChain.clone();
            delegate.checkServerTrusted(serverChain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] serverChain, String authType, SSLEngine engine)
                throws CertificateException {
            chain = serverChain.clone();
            delegate.checkServerTrusted(serverChain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] serverChain, String authType) throws CertificateException {
            // Without a socket the host name could not be checked: discovery never calls this form.
            throw new CertificateException("a server certificate is only accepted together with its host name check");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] clientChain, String authType, Socket socket)
                throws CertificateException {
            throw notAServer();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] clientChain, String authType, SSLEngine engine)
                throws CertificateException {
            throw notAServer();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] clientChain, String authType) throws CertificateException {
            throw notAServer();
        }

        private static CertificateException notAServer() {
            return new CertificateException("discovery is a client; it never checks client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
