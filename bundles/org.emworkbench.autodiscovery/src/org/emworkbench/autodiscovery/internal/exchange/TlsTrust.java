/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.emworkbench.autodiscovery.DiscoverySettings;

/**
 * The CA certificates HTTPS candidates are checked against: the JDK's own
 * (when {@link DiscoverySettings#trustSystemCas()}) plus those of
 * {@link DiscoverySettings#trustStore()}. The store's format is told from its
 * content, not its name: PEM (one or more {@code CERTIFICATE} blocks), JKS, or
 * PKCS#12. Stores are read without a password where their certificates are not
 * encrypted; a PKCS#12 store whose certificates are encrypted is read with the
 * JDK's conventional trust-store password {@code changeit}, and otherwise
 * refused with a message that says to convert it to PEM.
 * <p>
 * Immutable and thread-safe; one instance serves a whole run.
 */
public final class TlsTrust {

    private static final Pattern PEM_CERTIFICATE = Pattern
            .compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");
    private static final byte[] JKS_MAGIC = { (byte) 0xFE, (byte) 0xED, (byte) 0xFE, (byte) 0xED };
    private static final char[] CONVENTIONAL_PASSWORD = "changeit".toCharArray();

    private final X509ExtendedTrustManager trustManager;
    private final int systemCount;
    private final int extraCount;
    private final Path store;

    private TlsTrust(X509ExtendedTrustManager trustManager, int systemCount, int extraCount, Path store) {
        this.trustManager = trustManager;
        this.systemCount = systemCount;
        this.extraCount = extraCount;
        this.store = store;
    }

    /**
     * @param settings the run's settings
     * @return the trust they describe
     * @throws IllegalArgumentException when the trust store cannot be read, with a message that says why
     */
    public static TlsTrust from(DiscoverySettings settings) {
        List<X509Certificate> system = settings.trustSystemCas() ? systemCertificates() : List.of();
        List<X509Certificate> extra = settings.trustStore() == null ? List.of() : readCertificates(settings.trustStore());
        List<X509Certificate> all = new ArrayList<>(system);
        all.addAll(extra);
        return new TlsTrust(all.isEmpty() ? null : trustManagerOf(all), system.size(), extra.size(),
                settings.trustStore());
    }

    /**
     * @return the PKIX trust manager over all trusted certificates, or {@code null} when none is trusted (then
     *         every handshake must fail)
     */
    X509ExtendedTrustManager trustManager() {
        return trustManager;
    }

    /** @return the number of CA certificates trusted */
    public int size() {
        return systemCount + extraCount;
    }

    /** @return what is trusted, for the trace, e.g. {@code 146 JDK CA certificates and 1 from /tmp/ca.pem} */
    public String description() {
        String system = systemCount == 0 ? "no JDK CA certificates" : systemCount + " JDK CA certificates";
        return store == null ? system : system + " and " + extraCount + " from " + store;
    }

    /**
     * Reads the certificates of a trust store, telling PEM, JKS and PKCS#12 apart by content.
     *
     * @param file the store
     * @return its certificates, at least one
     * @throws IllegalArgumentException when the file cannot be read, is of none of these formats, or holds no
     *                                  certificate
     */
    public static List<X509Certificate> readCertificates(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("the trust store " + file + " cannot be read: " + e.getMessage(), e);
        }
        List<X509Certificate> certificates;
        try {
            certificates = startsWith(content, JKS_MAGIC) ? fromKeyStore("JKS", content)
                    : isPem(content) ? fromPem(content)
                    : content.length > 0 && content[0] == 0x30 ? fromKeyStore("PKCS12", content) : null;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("the trust store " + file + " is damaged or not a certificate store: "
                    + e.getMessage(), e);
        }
        if (certificates == null) {
            throw new IllegalArgumentException("the trust store " + file
                    + " is neither PEM (-----BEGIN CERTIFICATE-----), JKS nor PKCS#12; give a file of CA certificates");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("the trust store " + file
                    + " holds no readable CA certificate; a PKCS#12 store with encrypted certificates and a password"
                    + " other than changeit cannot be read: export its certificates as PEM");
        }
        return certificates;
    }

    private static boolean isPem(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains("-----BEGIN CERTIFICATE-----");
    }

    private static List<X509Certificate> fromPem(byte[] content) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_CERTIFICATE.matcher(new String(content, StandardCharsets.ISO_8859_1));
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(1));
            certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        return certificates;
    }

    private static List<X509Certificate> fromKeyStore(String type, byte[] content)
            throws GeneralSecurityException, IOException {
        List<X509Certificate> certificates = trustedEntries(type, content, null);
        if (certificates.isEmpty() && type.equals("PKCS12")) {
            certificates = trustedEntries(type, content, CONVENTIONAL_PASSWORD);
        }
        return certificates;
    }

    private static List<X509Certificate> trustedEntries(String type, byte[] content, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore keyStore = KeyStore.getInstance(type);
        try {
            keyStore.load(new ByteArrayInputStream(content), password);
        } catch (IOException e) {
            if (password == null) {
                throw e;
            }
            // The conventional password is only a second guess; a wrong one means "cannot be read".
            return List.of();
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (String alias : Collections.list(keyStore.aliases())) {
            Certificate certificate = keyStore.getCertificate(alias);
            if (keyStore.isCertificateEntry(alias) && certificate instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        return certificates;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<X509Certificate> systemCertificates() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return List.of(x509.getAcceptedIssuers());
                }
            }
            return List.of();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's CA certificates cannot be read: " + e.getMessage(), e);
        }
    }

    private static X509ExtendedTrustManager trustManagerOf(List<X509Certificate> certificates) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                anchors.setCertificateEntry("ca-" + i, certificates.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(anchors);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offers no PKIX trust manager that checks host names");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the trusted CA certificates cannot be set up: " + e.getMessage(), e);
        }
    }
}
