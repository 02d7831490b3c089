/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A server certificate issued by a {@link TestCertificateAuthority}, with its key.
 *
 * @param privateKey  the key
 * @param certificate the certificate
 * @param issuer      the CA certificate that signed it
 * @param names       the DNS names it carries as subjectAltName
 */
public record LeafCertificate(PrivateKey privateKey, X509Certificate certificate, X509Certificate issuer,
        List<String> names) {

    /** Copies the names. */
    public LeafCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        names = List.copyOf(names);
    }

    /** @return the chain a server sends: the certificate, then its issuer */
    public X509Certificate[] chain() {
        return new X509Certificate[] { certificate, issuer };
    }
}
