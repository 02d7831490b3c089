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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for LDAP servers under test, made with
 * BouncyCastle (EC P-256 keys, quick to make). It issues server certificates
 * whose subjectAltName carries DNS names and IP addresses, because LDAP
 * clients in the tests connect to {@code 127.0.0.1} and verify that address
 * against the certificate; {@link #loopbackServer()} is the right one for the
 * harnesses, {@link #wrongNameServer()} one that no loopback client may accept,
 * {@link #expiredServer()} one whose time is over; {@link #issue(String, List, List)}
 * makes any other, including one named only by its subject's CN.
 * The PEM files are what slapd reads; {@link #writeTrustStore} is what Java
 * clients read.
 */
public final class TestLdapCa {

    /** The name on {@link #wrongNameServer()}: valid, trusted, but not the server's. */
    public static final String WRONG_NAME = "ldap.elsewhere.test";

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String TRUST_STORE_ALIAS = "emw-test-ldap-ca";

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;
    private long nextSerial = 2;

    private TestLdapCa(KeyPair caKeys, X509Certificate caCertificate) {
        this.caKeys = caKeys;
        this.caCertificate = caCertificate;
    }

    /** @return a new CA, valid from a day ago for ninety days */
    public static TestLdapCa create() {
        KeyPair keys = ecKeys();
        X500Name subject = new X500Name("CN=EMW Test LDAP CA,O=EMW tests");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(90))), subject,
                keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the CA's extensions", e);
        }
        return new TestLdapCa(keys, signed(builder, keys.getPrivate()));
    }

    /** @return the CA certificate, the one trust anchor of the clients */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** @return a certificate for localhost, 127.0.0.1 and ::1 */
    public ServerCertificate loopbackServer() {
        return issue(List.of("localhost"), List.of("127.0.0.1", "::1"));
    }

    /** @return a certificate only for {@value #WRONG_NAME}: trusted, but host-name verification must fail */
    public ServerCertificate wrongNameServer() {
        return issue(List.of(WRONG_NAME), List.of());
    }

    /** @return a certificate for localhost, 127.0.0.1 and ::1 that expired yesterday, after thirty days */
    public ServerCertificate expiredServer() {
        Instant now = Instant.now();
        return issue("localhost", List.of("localhost"), List.of("127.0.0.1", "::1"), now.minus(Duration.ofDays(31)),
                now.minus(Duration.ofDays(1)));
    }

    /**
     * @param dnsNames    DNS names of the subjectAltName; the first (or else the first address) is the CN
     * @param ipAddresses IP address literals of the subjectAltName
     * @return a server certificate (serverAuth), valid from an hour ago for thirty days
     */
    public ServerCertificate issue(List<String> dnsNames, List<String> ipAddresses) {
        if (dnsNames.isEmpty() && ipAddresses.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs a name or an address");
        }
        return issue(dnsNames.isEmpty() ? ipAddresses.get(0) : dnsNames.get(0), dnsNames, ipAddresses);
    }

    /**
     * @param commonName  the subject's CN
     * @param dnsNames    DNS names of the subjectAltName
     * @param ipAddresses IP address literals of the subjectAltName; with no DNS names either the certificate has
     *                    no subjectAltName, and only its CN names the server (the pre-RFC 6125 way)
     * @return a server certificate (serverAuth), valid from an hour ago for thirty days
     */
    public ServerCertificate issue(String commonName, List<String> dnsNames, List<String> ipAddresses) {
        Instant now = Instant.now();
        return issue(commonName, dnsNames, ipAddresses, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
    }

    /**
     * @param commonName  the subject's CN
     * @param dnsNames    DNS names of the subjectAltName
     * @param ipAddresses IP address literals of the subjectAltName
     * @param notBefore   start of validity
     * @param notAfter    end of validity, in the past for an expired certificate
     * @return a server certificate (serverAuth)
     */
    public synchronized ServerCertificate issue(String commonName, List<String> dnsNames, List<String> ipAddresses,
            Instant notBefore, Instant notAfter) {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ipAddresses.forEach(address -> names.add(new GeneralName(GeneralName.iPAddress, address)));
        KeyPair keys = ecKeys();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate,
                BigInteger.valueOf(nextSerial++), Date.from(notBefore), Date.from(notAfter),
                new X500Name("CN=" + commonName), keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build a server certificate's extensions", e);
        }
        return new ServerCertificate(signed(builder, caKeys.getPrivate()), keys.getPrivate(), caCertificate);
    }

    /**
     * @param file where to write the CA certificate in PEM, e.g. for {@code LDAPTLS_CACERT}
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path writeCaPem(Path file) throws IOException {
        Files.writeString(file, pem("CERTIFICATE", encoded(caCertificate)), StandardCharsets.US_ASCII);
        return file;
    }

    /**
     * @param file     where to write a PKCS#12 store with the CA as its one trusted certificate
     * @param password the store's password
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path writeTrustStore(Path file, char[] password) throws IOException {
        return writeStore(file, "PKCS12", password);
    }

    /**
     * A trust store as a user of the workbench would choose it: the directory bundle reads trust stores
     * without a password, so a PKCS#12 store gets none (its certificate unencrypted) and a JKS store the
     * password {@code changeit}, which a reader of certificates need not know.
     *
     * @param file where to write a store with the CA as its one trusted certificate
     * @param type {@code PKCS12} or {@code JKS}
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path writeTrustStore(Path file, String type) throws IOException {
        return writeStore(file, type, "JKS".equals(type) ? "changeit".toCharArray() : null);
    }

    private Path writeStore(Path file, String type, char[] password) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            store.setCertificateEntry(TRUST_STORE_ALIAS, caCertificate);
            store.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write a " + type + " trust store: " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * A server certificate with its key.
     *
     * @param certificate the certificate
     * @param key         its private key
     * @param issuer      the CA certificate
     */
    public record ServerCertificate(X509Certificate certificate, PrivateKey key, X509Certificate issuer) {

        /**
         * @param file where to write the certificate followed by the CA certificate, in PEM
         * @return the file
         * @throws IOException when it cannot be written
         */
        public Path writeChainPem(Path file) throws IOException {
            Files.writeString(file, pem("CERTIFICATE", encoded(certificate)) + pem("CERTIFICATE", encoded(issuer)),
                    StandardCharsets.US_ASCII);
            return file;
        }

        /**
         * @param file where to write the private key, unencrypted PKCS#8 in PEM, readable by its owner only
         * @return the file
         * @throws IOException when it cannot be written
         */
        public Path writeKeyPem(Path file) throws IOException {
            Files.writeString(file, pem("PRIVATE KEY", completePkcs8()), StandardCharsets.US_ASCII);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return file;
        }

        /**
         * @return a key manager presenting this certificate and the CA's, for a Java server such as UnboundID's
         *         in-memory directory
         */
        public KeyManager keyManager() {
            char[] keyPassword = "in-memory-only".toCharArray();
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("server", key, keyPassword, new X509Certificate[] { certificate, issuer });
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, keyPassword);
                return factory.getKeyManagers()[0];
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("cannot make a key manager of a test certificate: " + e.getMessage(), e);
            }
        }

        /**
         * The JDK encodes an EC key without its curve and public point inside; GnuTLS, which Debian's slapd
         * uses, insists on them, so the key is encoded again with both (RFC 5915 within RFC 5208).
         */
        private byte[] completePkcs8() throws IOException {
            SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
            ASN1Encodable curve = publicKey.getAlgorithm().getParameters();
            BigInteger secret = ((ECPrivateKey) key).getS();
            org.bouncycastle.asn1.sec.ECPrivateKey sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(
                    ((ECPrivateKey) key).getParams().getOrder().bitLength(), secret, publicKey.getPublicKeyData(),
                    curve);
            return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, curve), sec1)
                    .getEncoded();
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    private static X509Certificate signed(X509v3CertificateBuilder builder, PrivateKey signingKey) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE).build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test certificate: " + e.getMessage(), e);
        }
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make EC keys", e);
        }
    }
}
