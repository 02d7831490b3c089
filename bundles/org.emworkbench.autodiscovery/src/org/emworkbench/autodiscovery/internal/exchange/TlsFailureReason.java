/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

/**
 * Turns a failed TLS handshake into the reason a user can act on: the chain
 * is not trusted, a certificate expired or is not yet valid, or the
 * certificate does not name the host. The JDK checks the chain before the
 * name, so a certificate that is both untrusted and wrongly named is reported
 * as untrusted; an expiry seen on the server certificate is always added.
 */
final class TlsFailureReason {

    private TlsFailureReason() {
    }

    /**
     * @param failure the handshake's exception
     * @param leaf    the certificate the server showed, or {@code null} when it showed none
     * @param host    the host name that was checked
     * @param now     the time of the check
     * @return one sentence without a final period
     */
    static String of(SSLException failure, X509Certificate leaf, String host, Instant now) {
        List<Throwable> causes = causes(failure);
        String expiry = leaf == null ? null : CertificateFacts.validityProblem(leaf, now);
        String primary;
        if (leaf == null) {
            primary = "the TLS handshake failed before the server showed a certificate: " + failure.getMessage();
        } else if (has(causes, CertificateExpiredException.class) || hasReason(causes, CertPathValidatorException.BasicReason.EXPIRED)) {
            primary = expiry != null ? expiry : "a CA certificate of the chain has expired";
            expiry = null;
        } else if (has(causes, CertificateNotYetValidException.class)
                || hasReason(causes, CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
            primary = expiry != null ? expiry : "a CA certificate of the chain is not valid yet";
            expiry = null;
        } else if (has(causes, CertPathBuilderException.class)) {
            primary = "the certificate chain does not lead to a trusted CA (the server certificate was issued by "
                    + CertificateFacts.name(leaf.getIssuerX500Principal()) + ", which is not trusted)";
        } else if (has(causes, CertPathValidatorException.class)) {
            primary = "the certificate chain is not valid: " + innermost(causes).getMessage();
        } else if (has(causes, CertificateException.class)) {
            List<String> names = CertificateFacts.names(leaf);
            primary = "the certificate does not name " + host + ": it names "
                    + (names.isEmpty() ? "no host (no subjectAltName)" : String.join(", ", names));
        } else {
            primary = "the TLS handshake failed: " + failure.getMessage();
        }
        return expiry == null ? primary : primary + "; also, " + expiry;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static boolean has(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().anyMatch(type::isInstance);
    }

    private static boolean hasReason(List<Throwable> causes, CertPathValidatorException.Reason reason) {
        return causes.stream().anyMatch(
                cause -> cause instanceof CertPathValidatorException validator && validator.getReason() == reason);
    }

    private static Throwable innermost(List<Throwable> causes) {
        return causes.get(causes.size() - 1);
    }
}
