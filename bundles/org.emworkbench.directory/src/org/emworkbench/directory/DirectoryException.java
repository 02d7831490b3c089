/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Objects;

/**
 * A directory operation failed in a way the user can act on. Every message
 * names the server ({@code host:port}) and says what to do; no message ever
 * contains a bind password.
 *
 * @since 0.1
 */
public final class DirectoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently to each case. */
    public enum Failure {
        /** The server refused the bind DN and password (LDAP result 49). */
        INVALID_CREDENTIALS("check the bind DN and the password the credential reference points to"),
        /** Nothing listens at the address, or the host name does not resolve. */
        SERVER_UNREACHABLE("check host and port, that the server runs, and that no firewall blocks the port"),
        /** The server's certificate chain is not trusted by the chosen trust store. */
        TLS_UNTRUSTED("choose a trust store (JKS or PKCS12) that holds the CA of the directory's certificate"),
        /** The certificate (or one of its chain) has expired or is not valid yet. */
        TLS_EXPIRED("have the directory's certificate renewed, or check the clock of this computer"),
        /** The certificate does not name the host the connection was made to. */
        TLS_NAME_MISMATCH("connect with a host name the certificate carries, or have the certificate reissued for"
                + " this name; host-name verification cannot be switched off"),
        /** TLS could not be negotiated for another reason (protocol, StartTLS refused, plain port). */
        TLS_FAILED("check the TLS mode: LDAPS needs the LDAPS port (usually 636), StartTLS the plain port (usually 389)"),
        /** The server did not answer within the configured time. */
        TIMEOUT("check that the port belongs to an LDAP server, or raise the directory timeouts in the preferences"),
        /** The bind password could not be obtained. */
        CREDENTIAL_UNAVAILABLE("provide the password where the credential reference points"),
        /** The search base or another named entry does not exist. */
        NO_SUCH_ENTRY("check the base DN of the LDAP server in the model"),
        /** The bind account may not read what the search needs. */
        ACCESS_DENIED("grant the bind account read access to users and groups, or bind with another account"),
        /** A trust store file could not be read. */
        TRUST_STORE_UNREADABLE("check the trust store path in the preferences and that it is a JKS or PKCS12 file"),
        /** The server answered with an error not listed above. */
        SERVER_ERROR("see the server's message; the directory's administrator can tell more");

        private final String advice;

        Failure(String advice) {
            this.advice = advice;
        }

        /** @return what the user can do, in one clause */
        public String advice() {
            return advice;
        }
    }

    private final Failure failure;
    private final String server;

    /**
     * @param failure what went wrong
     * @param server  the server as {@code host:port}
     * @param what    what happened, one clause without the server and without any secret
     * @param cause   the underlying exception, or {@code null}; its message is not repeated
     */
    public DirectoryException(Failure failure, String server, String what, Throwable cause) {
        super(Objects.requireNonNull(server, "server") + ": " + what + "; " + failure.advice(), cause);
        this.failure = failure;
        this.server = server;
    }

    /** @return what went wrong */
    public Failure failure() {
        return failure;
    }

    /** @return the server as {@code host:port} */
    public String server() {
        return server;
    }
}
