/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.time.Duration;
import java.util.Objects;

import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.TlsMode;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

/**
 * Everything needed to reach one LDAP server: where it is, how the connection
 * is protected, whom to bind as and where that account's password is kept
 * (never the password), which trust store decides whether its certificate is
 * trusted, and the time limits. Host-name verification is not a setting: it is
 * always on.
 *
 * @param host            the host name or address
 * @param port            the port
 * @param tls             how the connection is protected
 * @param baseDn          where searches start; empty for the server's root
 * @param bindDn          the account to bind as; {@code null} for an anonymous bind
 * @param credential      where the bind password is kept; {@code null} for an anonymous bind
 * @param trustStore      a JKS or PKCS12 file; empty for the JDK's own trusted CAs
 * @param connectTimeout  how long opening a connection (TLS handshake included) may take
 * @param responseTimeout how long one response may take
 * @param pageSize        entries per page of a paged search
 * @since 0.1
 */
public record DirectoryEndpoint(String host, int port, Tls tls, String baseDn, String bindDn,
        CredentialReference credential, String trustStore, Duration connectTimeout, Duration responseTimeout,
        int pageSize) {

    /** Checks the arguments. */
    public DirectoryEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the LDAP server has no host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        Objects.requireNonNull(tls, "tls");
        baseDn = baseDn == null ? "" : baseDn.strip();
        bindDn = bindDn == null || bindDn.isBlank() ? null : bindDn.strip();
        if (bindDn != null && credential == null) {
            throw new IllegalArgumentException("the bind DN " + bindDn + " has no bind credential reference");
        }
        trustStore = trustStore == null ? "" : trustStore.strip();
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || responseTimeout.isNegative()
                || responseTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
    }

    /**
     * The endpoint of a model's LDAP server. The model decides host, port, base
     * DN, bind DN and credential; the TLS mode comes from the model when it is
     * set there, else from the settings; trust store, timeouts and page size
     * come from the user's settings.
     *
     * @param server   an LDAP server of the model
     * @param settings the user's directory preferences
     * @return the endpoint
     * @throws IllegalArgumentException when the server has no host, or a bind DN without a credential
     */
    public static DirectoryEndpoint of(LdapServer server, DirectorySettings settings) {
        Tls tls = server.isSetTlsMode() ? tls(server.getTlsMode()) : settings.tls();
        return new DirectoryEndpoint(server.getHost(), server.getPort(), tls, server.getBaseDn(), server.getBindDn(),
                server.getBindCredential(), settings.trustStore(), settings.connectTimeout(),
                settings.responseTimeout(), settings.pageSize());
    }

    /**
     * @param host     the host
     * @param port     the port
     * @param settings the user's directory preferences, for TLS, trust store, timeouts and page size
     * @return an anonymous endpoint with an empty base DN; refine it with the {@code with…} methods
     */
    public static DirectoryEndpoint of(String host, int port, DirectorySettings settings) {
        return new DirectoryEndpoint(host, port, settings.tls(), "", null, null, settings.trustStore(),
                settings.connectTimeout(), settings.responseTimeout(), settings.pageSize());
    }

    /**
     * @param newPort the port
     * @return this endpoint on that port
     */
    public DirectoryEndpoint withPort(int newPort) {
        return new DirectoryEndpoint(host, newPort, tls, baseDn, bindDn, credential, trustStore, connectTimeout,
                responseTimeout, pageSize);
    }

    /**
     * @param newBaseDn the base DN
     * @return this endpoint searching from there
     */
    public DirectoryEndpoint withBaseDn(String newBaseDn) {
        return new DirectoryEndpoint(host, port, tls, newBaseDn, bindDn, credential, trustStore, connectTimeout,
                responseTimeout, pageSize);
    }

    /**
     * @param newBindDn      the account, or {@code null} for anonymous
     * @param newCredential  where its password is kept, or {@code null} for anonymous
     * @return this endpoint binding as that account
     */
    public DirectoryEndpoint withBind(String newBindDn, CredentialReference newCredential) {
        return new DirectoryEndpoint(host, port, tls, baseDn, newBindDn, newCredential, trustStore, connectTimeout,
                responseTimeout, pageSize);
    }

    /**
     * @param newTls        how the connection is protected
     * @param newTrustStore a JKS or PKCS12 file, or empty for the JDK's own trusted CAs
     * @return this endpoint with that protection
     */
    public DirectoryEndpoint withTls(Tls newTls, String newTrustStore) {
        return new DirectoryEndpoint(host, port, newTls, baseDn, bindDn, credential, newTrustStore, connectTimeout,
                responseTimeout, pageSize);
    }

    /**
     * @param connect  the connect timeout
     * @param response the response timeout
     * @return this endpoint with those time limits
     */
    public DirectoryEndpoint withTimeouts(Duration connect, Duration response) {
        return new DirectoryEndpoint(host, port, tls, baseDn, bindDn, credential, trustStore, connect, response,
                pageSize);
    }

    /**
     * @param newPageSize entries per page
     * @return this endpoint with that page size
     */
    public DirectoryEndpoint withPageSize(int newPageSize) {
        return new DirectoryEndpoint(host, port, tls, baseDn, bindDn, credential, trustStore, connectTimeout,
                responseTimeout, newPageSize);
    }

    /** @return {@code host:port}, IPv6 addresses in brackets; how every message names the server */
    public String server() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static Tls tls(TlsMode mode) {
        return switch (mode) {
        case NONE -> Tls.NONE;
        case LDAPS -> Tls.LDAPS;
        case STARTTLS -> Tls.START_TLS;
        };
    }

    /** @return the endpoint without secrets (it holds none): server, TLS, base and bind DN */
    @Override
    public String toString() {
        return "DirectoryEndpoint[" + server() + ", " + tls.key() + ", base " + baseDn + ", bind "
                + (bindDn == null ? "anonymous" : bindDn + " with " + credential) + "]";
    }
}
