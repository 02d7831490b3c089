/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509ExtendedKeyManager;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A scripted HTTPS server on 127.0.0.1 that answers Autodiscover requests
 * ({@link PoxAnswers}) for any number of host names on one port. The
 * certificate it shows is chosen by the TLS server name (SNI) the client
 * sends: one registered with {@link #certificate} for that name, else the
 * default one — so one server can show a valid certificate for one host and
 * an expired or wrongly named one for another.
 */
public final class PoxHttpsServer extends ScriptedServer {

    private final SniKeyManager keys;

    private PoxHttpsServer(HttpsServer server, SniKeyManager keys) {
        super(server);
        this.keys = keys;
    }

    /**
     * @param defaultCertificate shown when the client's SNI names no host registered with {@link #certificate}
     * @return a running server on a free port of 127.0.0.1
     */
    public static PoxHttpsServer start(LeafCertificate defaultCertificate) {
        SniKeyManager keys = new SniKeyManager(defaultCertificate);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] { keys }, null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            return new PoxHttpsServer(server, keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the test server: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a loopback HTTPS server", e);
        }
    }

    /**
     * @param host        a host name a client may send as SNI
     * @param certificate the certificate to show it
     */
    public void certificate(String host, LeafCertificate certificate) {
        keys.byHost.put(host.toLowerCase(Locale.ROOT), certificate);
    }

    /** Picks the certificate by the server name of the handshake in progress. */
    private static final class SniKeyManager extends X509ExtendedKeyManager {
        private static final String DEFAULT = "default";
        private static final String HOST = "host:";

        private final LeafCertificate fallback;
        private final Map<String, LeafCertificate> byHost = new ConcurrentHashMap<>();

        SniKeyManager(LeafCertificate fallback) {
            this.fallback = fallback;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return alias(keyType, engine.getHandshakeSession());
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        private String alias(String keyType, SSLSession handshake) {
            String alias = DEFAULT;
            if (handshake instanceof ExtendedSSLSession extended) {
                for (SNIServerName name : extended.getRequestedServerNames()) {
                    if (name instanceof SNIHostName hostName
                            && byHost.containsKey(hostName.getAsciiName().toLowerCase(Locale.ROOT))) {
                        alias = HOST + hostName.getAsciiName().toLowerCase(Locale.ROOT);
                    }
                }
            }
            return keyType.equals(leaf(alias).privateKey().getAlgorithm()) ? alias : null;
        }

        private LeafCertificate leaf(String alias) {
            return alias.startsWith(HOST) ? byHost.get(alias.substring(HOST.length())) : fallback;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return leaf(alias).chain();
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return leaf(alias).privateKey();
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
