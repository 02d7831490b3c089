/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Objects;

import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;

/**
 * A directory server named by an LDAP URL (RFC 4516) on the command line:
 * {@code ldap://host:port} or {@code ldaps://host:port}, optionally followed
 * by a base DN ({@code ldap://host:port/DC=contoso,DC=com}). The scheme says
 * how the connection is protected: {@code ldaps} is TLS from the first byte,
 * {@code ldap} is plain LDAP unless StartTLS is asked for separately. Without
 * a port, 389 and 636 apply. Attributes, scope and filter parts are refused:
 * the URL names a server, not a search.
 *
 * @param host   the host name or address
 * @param port   the port
 * @param tls    {@link Tls#LDAPS} for {@code ldaps}, else {@link Tls#NONE} or, after
 *               {@link #withStartTls()}, {@link Tls#START_TLS}
 * @param baseDn the base DN the URL carries; empty when it carries none
 * @since 0.1
 */
public record LdapUrl(String host, int port, Tls tls, String baseDn) {

    /** Checks the arguments. */
    public LdapUrl {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the LDAP URL has no host");
        }
        Objects.requireNonNull(tls, "tls");
        baseDn = baseDn == null ? "" : baseDn.strip();
    }

    /**
     * @param text an LDAP URL, e.g. {@code ldap://127.0.0.1:3389} or {@code ldaps://dc1.contoso.com/DC=contoso,DC=com}
     * @return the URL
     * @throws IllegalArgumentException with what is wrong, when it is no usable LDAP URL
     */
    public static LdapUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected an LDAP URL such as ldap://127.0.0.1:389 or ldaps://dc1.contoso.com");
        }
        LDAPURL url;
        try {
            url = new LDAPURL(text.strip());
        } catch (LDAPException e) {
            throw new IllegalArgumentException("not an LDAP URL (" + e.getDiagnosticMessage()
                    + "); write ldap://HOST:PORT or ldaps://HOST:PORT, optionally followed by /BASE-DN");
        }
        if ("ldapi".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("ldapi (a local socket) is not supported; use ldap:// or ldaps://");
        }
        if (!url.hostProvided()) {
            throw new IllegalArgumentException("the URL names no host; write ldap://HOST:PORT");
        }
        if (url.attributesProvided() || url.scopeProvided() || url.filterProvided()) {
            throw new IllegalArgumentException("the URL may carry a base DN but no attributes, scope or filter");
        }
        Tls tls = "ldaps".equalsIgnoreCase(url.getScheme()) ? Tls.LDAPS : Tls.NONE;
        return new LdapUrl(url.getHost(), url.getPort(), tls, url.baseDNProvided() ? url.getBaseDN().toString() : "");
    }

    /**
     * @return this server with StartTLS before the bind
     * @throws IllegalArgumentException for an {@code ldaps} URL, which is TLS already
     */
    public LdapUrl withStartTls() {
        if (tls == Tls.LDAPS) {
            throw new IllegalArgumentException("StartTLS is for ldap:// URLs; an ldaps:// URL is TLS from the start");
        }
        return new LdapUrl(host, port, Tls.START_TLS, baseDn);
    }

    /**
     * @param settings the user's directory preferences, for the trust store, timeouts and page size
     * @return an anonymous endpoint for this URL; refine it with {@link DirectoryEndpoint#withBind}
     */
    public DirectoryEndpoint endpoint(DirectorySettings settings) {
        return DirectoryEndpoint.of(host, port, settings).withTls(tls, settings.trustStore()).withBaseDn(baseDn);
    }

    /** @return the URL in its usual form */
    @Override
    public String toString() {
        String server = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return (tls == Tls.LDAPS ? "ldaps" : "ldap") + "://" + server + ":" + port
                + (baseDn.isEmpty() ? "" : "/" + baseDn);
    }
}
