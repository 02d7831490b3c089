/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.security.auth.x500.X500Principal;

/** What the trace says about a server certificate: who it names, who issued it, how long it is valid. */
final class CertificateFacts {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private CertificateFacts() {
    }

    /**
     * @param certificate a certificate
     * @return one line each: subject, issuer, subjectAltNames, validity
     */
    static List<String> describe(X509Certificate certificate) {
        return List.of("subject " + name(certificate.getSubjectX500Principal()),
                "issuer " + name(certificate.getIssuerX500Principal()),
                "subjectAltName " + (names(certificate).isEmpty() ? "(none)" : String.join(", ", names(certificate))),
                "valid from " + certificate.getNotBefore().toInstant() + " until " + certificate.getNotAfter().toInstant());
    }

    /** @param certificate a certificate @return its DNS and IP subjectAltNames, e.g. {@code DNS:mail.contoso.com} */
    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    Object type = alternative.get(0);
                    if (Integer.valueOf(DNS_NAME).equals(type)) {
                        names.add("DNS:" + alternative.get(1));
                    } else if (Integer.valueOf(IP_ADDRESS).equals(type)) {
                        names.add("IP:" + alternative.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            names.add("(unreadable: " + e.getMessage() + ")");
        }
        return names;
    }

    /** @param principal a distinguished name @return it in RFC 2253 form */
    static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }

    /**
     * @param certificate a certificate
     * @param now         the time to check at
     * @return why it is not valid at that time, or {@code null} when it is
     */
    static String validityProblem(X509Certificate certificate, Instant now) {
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return "the server certificate " + name(certificate.getSubjectX500Principal()) + " expired on "
                    + certificate.getNotAfter().toInstant();
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return "the server certificate " + name(certificate.getSubjectX500Principal())
                    + " is not valid before " + certificate.getNotBefore().toInstant();
        }
        return null;
    }
}
