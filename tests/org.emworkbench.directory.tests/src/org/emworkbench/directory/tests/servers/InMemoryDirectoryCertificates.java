/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The test CA of the in-memory directory (BouncyCastle, EC P-256): a root, and
 * server key material for the names a test asks for, IP addresses included
 * (the in-memory server listens on 127.0.0.1, and a client connecting to that
 * address verifies it against the certificate's IP entries).
 */
public final class InMemoryDirectoryCertificates {

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());
    private static final char[] KEY_PASSWORD = "in-memory-only".toCharArray();

    private final KeyPair rootKeys;
    private final X509Certificate root;

    private InMemoryDirectoryCertificates(KeyPair rootKeys, X509Certificate root) {
        this.rootKeys = rootKeys;
        this.root = root;
    }

    /** @return a new CA, valid from a day ago for a year */
    public static InMemoryDirectoryCertificates create() {
        try {
            KeyPair keys = keys();
            X500Name name = new X500Name("CN=EMW Directory Test Root,O=EMW tests");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new InMemoryDirectoryCertificates(keys, sign(builder, keys));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the test CA: " + e.getMessage(), e);
        }
    }

    /** @return the root certificate */
    public X509Certificate root() {
        return root;
    }

    /**
     * @param names DNS names and IP address literals the server certificate carries; the first is its CN
     * @return a key manager presenting a certificate for those names, issued by this CA
     */
    public KeyManager serverKeyManager(String... names) {
        return serverKeyManager(false, names);
    }

    /**
     * @param expired whether the certificate expired yesterday (else it is valid for thirty days)
     * @param names   DNS names and IP address literals the server certificate carries; the first is its CN
     * @return a key manager presenting a certificate for those names, issued by this CA
     */
    public KeyManager serverKeyManager(boolean expired, String... names) {
        try {
            KeyPair keys = keys();
            Instant now = Instant.now();
            X509Certificate leaf = expired
                    ? issue(keys, now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(1)), names[0], names)
                    : issue(keys, names[0], names);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", keys.getPrivate(), KEY_PASSWORD, new X509Certificate[] { leaf, root });
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, KEY_PASSWORD);
            return factory.getKeyManagers()[0];
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a test server certificate: " + e.getMessage(), e);
        }
    }

    /**
     * @param commonName the subject's CN
     * @param names      DNS names and IP address literals for subjectAltName; none for a certificate without
     * @return a server certificate issued by this CA
     */
    public X509Certificate serverCertificate(String commonName, String... names) {
        try {
            return issue(keys(), commonName, names);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a test server certificate: " + e.getMessage(), e);
        }
    }

    private X509Certificate issue(KeyPair keys, String commonName, String... names)
            throws GeneralSecurityException, IOException {
        Instant now = Instant.now();
        return issue(keys, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), commonName, names);
    }

    private X509Certificate issue(KeyPair keys, Instant notBefore, Instant notAfter, String commonName,
            String... names) throws GeneralSecurityException, IOException {
        List<GeneralName> alternatives = new ArrayList<>();
        for (String name : names) {
            alternatives.add(isAddress(name) ? new GeneralName(GeneralName.iPAddress, name)
                    : new GeneralName(GeneralName.dNSName, name));
        }
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial(),
                Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + commonName), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        if (!alternatives.isEmpty()) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(alternatives.toArray(GeneralName[]::new)));
        }
        return sign(builder, rootKeys);
    }

    /**
     * @param file where to write
     * @param type {@code PKCS12} or {@code JKS}
     * @return the file: a store whose one entry is the root; PKCS12 without password, JKS with the
     *         password {@code changeit}, which readers of certificates need not know
     * @throws IOException when it cannot be written
     */
    public Path writeTrustStore(Path file, String type) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            store.setCertificateEntry("emw-directory-test-root", root);
            store.store(out, type.equals("JKS") ? "changeit".toCharArray() : null);
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write a " + type + " trust store: " + e.getMessage(), e);
        }
    }

    private static boolean isAddress(String name) {
        if (name.indexOf(':') >= 0 || name.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            try {
                InetAddress.getByName(name);
                return true;
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }
}
