/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;

import javax.net.ssl.SSLException;

import org.emworkbench.directory.BindSecret;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

/**
 * Turns UnboundID's exceptions into {@link DirectoryException}s that say what
 * happened in the user's terms. The server's own diagnostic text is kept only
 * where it helps, and always passes through {@link BindSecret#redact}.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * @param endpoint the server
     * @param e        what UnboundID threw
     * @param secret   the bind password in use, or {@code null}; removed from any text kept
     * @return the exception to throw
     */
    public static DirectoryException translate(DirectoryEndpoint endpoint, LDAPException e, BindSecret secret) {
        return translate(endpoint, e, secret, null);
    }

    /**
     * @param endpoint the server
     * @param e        what UnboundID threw
     * @param secret   the bind password in use, or {@code null}; removed from any text kept
     * @param entry    the DN the operation was about, or {@code null} for the base DN
     * @return the exception to throw
     */
    public static DirectoryException translate(DirectoryEndpoint endpoint, LDAPException e, BindSecret secret,
            String entry) {
        String server = endpoint.server();
        ResultCode code = e.getResultCode();
        if (code == ResultCode.INVALID_CREDENTIALS) {
            return new DirectoryException(Failure.INVALID_CREDENTIALS, server,
                    "the server refused the bind as " + endpoint.bindDn() + " (invalid credentials)", null);
        }
        if (has(e, ServerSets.HostNameMismatch.class)) {
            return new DirectoryException(Failure.TLS_NAME_MISMATCH, server,
                    "the server's certificate does not name " + endpoint.host(), e);
        }
        if (has(e, ServerSets.StartTlsRefused.class)) {
            return new DirectoryException(Failure.TLS_FAILED, server, "the server refused StartTLS ("
                    + find(e, ServerSets.StartTlsRefused.class).getResultCode().getName() + ")", null);
        }
        if (has(e, CertificateExpiredException.class) || has(e, CertificateNotYetValidException.class)) {
            return new DirectoryException(Failure.TLS_EXPIRED, server, "the server's certificate "
                    + (has(e, CertificateExpiredException.class) ? "has expired" : "is not valid yet") + " ("
                    + String.valueOf(find(e, CertificateException.class).getMessage()).strip() + ")", e);
        }
        if (has(e, CertificateException.class)) {
            String reason = find(e, CertificateException.class).getMessage();
            return new DirectoryException(Failure.TLS_UNTRUSTED, server, "the server's certificate is not trusted by "
                    + (endpoint.trustStore().isEmpty() ? "the JDK's trusted CAs" : "the trust store "
                            + endpoint.trustStore())
                    + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")"), e);
        }
        if (code == ResultCode.TIMEOUT || has(e, SocketTimeoutException.class)
                || has(e, ServerSets.HandshakeTimeout.class)) {
            return new DirectoryException(Failure.TIMEOUT, server, "no answer within "
                    + (code == ResultCode.TIMEOUT && !has(e, ServerSets.HandshakeTimeout.class)
                            ? endpoint.responseTimeout() : endpoint.connectTimeout()).toSeconds()
                    + " s", e);
        }
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)) {
            return new DirectoryException(Failure.SERVER_UNREACHABLE, server, "the connection was refused", e);
        }
        if (has(e, UnknownHostException.class)) {
            return new DirectoryException(Failure.SERVER_UNREACHABLE, server,
                    "the host name " + endpoint.host() + " does not resolve", null);
        }
        if (has(e, SSLException.class)) {
            return new DirectoryException(Failure.TLS_FAILED, server, "the TLS handshake failed ("
                    + find(e, SSLException.class).getClass().getSimpleName() + ")", e);
        }
        if (code == ResultCode.CONNECT_ERROR || code == ResultCode.SERVER_DOWN) {
            return endpoint.tls() == Tls.NONE
                    ? new DirectoryException(Failure.SERVER_UNREACHABLE, server, "the connection failed or was closed",
                            e)
                    : new DirectoryException(Failure.TLS_FAILED, server,
                            "the connection was closed while TLS was being set up", e);
        }
        if (code == ResultCode.NO_SUCH_OBJECT) {
            String missing = entry != null ? entry : endpoint.baseDn().isEmpty() ? "searched" : endpoint.baseDn();
            return new DirectoryException(Failure.NO_SUCH_ENTRY, server, "the entry " + missing + " does not exist",
                    null);
        }
        if (code == ResultCode.INSUFFICIENT_ACCESS_RIGHTS) {
            return new DirectoryException(Failure.ACCESS_DENIED, server, "the server denied access ("
                    + code.getName() + ")", null);
        }
        String diagnostic = e.getDiagnosticMessage();
        return new DirectoryException(Failure.SERVER_ERROR, server, "the server answered " + code.getName()
                + (diagnostic == null || diagnostic.isBlank() ? ""
                        : ": " + (secret == null ? diagnostic : secret.redact(diagnostic))), null);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
