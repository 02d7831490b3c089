/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.emworkbench.tests.support.ServerProcess;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;

/**
 * Debian's OpenLDAP {@code slapd}, started for tests from a temporary
 * directory: an mdb database loaded with {@link DirectoryData} by
 * {@code slapadd} before the start, the {@link AdLikeSchema}, and TLS with a
 * certificate from a {@link TestLdapCa}. It listens on 127.0.0.1 on two free
 * ports: {@link #ldapPort()} for plain LDAP and StartTLS, {@link #ldapsPort()}
 * for LDAPS. Anonymous users may read the root DSE and the schema and bind;
 * everything else needs a bind, as in AD. Size limits are off, so a paged
 * search can read every generated user.
 * <p>
 * {@link #start} returns once the server answers, and fails with slapd's log
 * when it does not. slapd runs as the calling user (root under CI): its files
 * live in the temporary directory, so neither {@code -u}/{@code -g} nor
 * Debian's system configuration is involved. {@link #close()} stops it and
 * deletes the directory; {@link #stop()} only stops it, for tests of a server
 * that is down. Its log ({@code -d stats}: connections and operations, never
 * passwords) is {@link #log()}.
 * <p>
 * It is one of the two {@link TestDirectory} kinds; {@code Kind.SLAPD.shared()}
 * is the one server with {@link DirectoryData#standard()} that a test run
 * shares, {@link SlapdExtension}'s too.
 */
public final class Slapd implements TestDirectory {

    /** The password of {@link #trustStore()}; a store of public certificates only, so it guards nothing. */
    public static final String TRUST_STORE_PASSWORD = "emw-test-trust";

    /**
     * The host name of the server's certificate that clients verify: connect to it, not to 127.0.0.1, to
     * test host-name verification, because UnboundID's {@code HostNameSSLSocketVerifier} accepts every
     * certificate on a loopback IP address. The JDK resolves it to 127.0.0.1 first, where slapd listens.
     */
    public static final String NAME = "localhost";

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 3;

    private final Path directory;
    private final ServerProcess process;
    private final int ldapPort;
    private final int ldapsPort;
    private final DirectoryData data;
    private final TestLdapCa ca;

    private Slapd(Path directory, Process process, int ldapPort, int ldapsPort, DirectoryData data, TestLdapCa ca) {
        this.directory = directory;
        this.process = ServerProcess.watch(process, directory, "slapd " + ldapPort);
        this.ldapPort = ldapPort;
        this.ldapsPort = ldapsPort;
        this.data = data;
        this.ca = ca;
    }

    /**
     * Starts slapd with the data and a new CA's certificate for 127.0.0.1, ::1 and localhost.
     *
     * @param data the entries to serve
     * @return the running server
     * @throws IOException when it cannot be set up or does not come up (with slapd's log)
     */
    public static Slapd start(DirectoryData data) throws IOException {
        TestLdapCa ca = TestLdapCa.create();
        return start(data, ca, ca.loopbackServer());
    }

    /**
     * Starts slapd with the data and the given certificate, e.g. {@link TestLdapCa#wrongNameServer()}.
     *
     * @param data        the entries to serve
     * @param ca          the CA that issued the certificate; {@link #trustStore()} trusts it
     * @param certificate the certificate slapd presents on LDAPS and StartTLS
     * @return the running server
     * @throws IOException when it cannot be set up or does not come up (with slapd's log)
     */
    public static Slapd start(DirectoryData data, TestLdapCa ca, TestLdapCa.ServerCertificate certificate)
            throws IOException {
        SlapdPrograms.require();
        Path directory = Files.createTempDirectory("emw-slapd-");
        try {
            writeFiles(directory, data, ca, certificate);
            load(directory);
            IOException last = null;
            for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
                int ldapPort = freePort();
                int ldapsPort = freePort();
                if (ldapPort == ldapsPort) {
                    continue;
                }
                Process process = launch(directory, ldapPort, ldapsPort);
                try {
                    awaitAnswer(process, ldapPort);
                    return new Slapd(directory, process, ldapPort, ldapsPort, data, ca);
                } catch (IOException e) {
                    ServerProcess.stop(process);
                    // Most likely another process took a port in between; the log says.
                    last = new IOException(e.getMessage() + "; slapd's log:\n" + readLog(directory), e);
                }
            }
            throw last != null ? last : new IOException("no two distinct free ports on " + LOOPBACK);
        } catch (IOException | RuntimeException e) {
            ServerProcess.deleteTree(directory);
            throw e;
        }
    }

    @Override
    public Kind kind() {
        return Kind.SLAPD;
    }

    /** @return the data the server was loaded with */
    @Override
    public DirectoryData data() {
        return data;
    }

    /** @return the CA that issued the server's certificate */
    @Override
    public TestLdapCa ca() {
        return ca;
    }

    /** @return always 127.0.0.1 */
    @Override
    public String host() {
        return LOOPBACK;
    }

    /** @return the port of plain LDAP, where StartTLS is offered */
    @Override
    public int ldapPort() {
        return ldapPort;
    }

    /** @return the port of LDAPS */
    @Override
    public int ldapsPort() {
        return ldapsPort;
    }

    /** @return {@code ldap://127.0.0.1:<port>} */
    @Override
    public String ldapUrl() {
        return "ldap://" + LOOPBACK + ":" + ldapPort;
    }

    /** @return {@code ldaps://127.0.0.1:<port>} */
    @Override
    public String ldapsUrl() {
        return "ldaps://" + LOOPBACK + ":" + ldapsPort;
    }

    /** @return a PKCS#12 trust store (password {@value #TRUST_STORE_PASSWORD}) with the CA only */
    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    /** @return the CA certificate in PEM, for {@code LDAPTLS_CACERT=… ldapsearch} */
    public Path caPem() {
        return directory.resolve("ca.pem");
    }

    /** @return UnboundID's TLS helper trusting {@link #trustStore()} only, for LDAPS and StartTLS clients */
    public SSLUtil sslUtil() {
        return new SSLUtil(new TrustStoreTrustManager(trustStore().toFile(), TRUST_STORE_PASSWORD.toCharArray(),
                "PKCS12", true));
    }

    /**
     * @return a new plain connection to {@link #ldapPort()}, not bound
     * @throws LDAPException when it cannot connect
     */
    public LDAPConnection connect() throws LDAPException {
        return new LDAPConnection(LOOPBACK, ldapPort);
    }

    /** @return the server's working directory (configuration, database, certificates, log) */
    public Path directory() {
        return directory;
    }

    /** @return whether the slapd process is running */
    public boolean isRunning() {
        return process.isAlive();
    }

    /** @return what slapd has logged so far */
    @Override
    public String log() {
        return readLog(directory);
    }

    /** Stops slapd and waits for it to end; the directory stays until {@link #close()}. */
    @Override
    public void stop() {
        process.stop();
    }

    /** Stops slapd, waits for it to end, and deletes its directory. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return "slapd " + ldapUrl() + " " + ldapsUrl() + " (" + directory + ")";
    }

    private static void writeFiles(Path directory, DirectoryData data, TestLdapCa ca,
            TestLdapCa.ServerCertificate certificate) throws IOException {
        Files.createDirectory(directory.resolve("db"));
        Files.writeString(directory.resolve("ad-like.schema"), AdLikeSchema.openLdapSchemaFile(),
                StandardCharsets.UTF_8);
        ca.writeCaPem(directory.resolve("ca.pem"));
        ca.writeTrustStore(directory.resolve("truststore.p12"), TRUST_STORE_PASSWORD.toCharArray());
        certificate.writeChainPem(directory.resolve("server.pem"));
        certificate.writeKeyPem(directory.resolve("server.key"));
        data.writeLdif(directory.resolve("data.ldif"), saltedSha(data.servicePassword()));
        Files.writeString(directory.resolve("slapd.conf"), SlapdConfiguration.text(directory),
                StandardCharsets.UTF_8);
    }

    /** Loads the LDIF offline: much quicker than adding 10,000 entries over the wire. */
    private static void load(Path directory) throws IOException {
        List<String> command = List.of(SlapdPrograms.slapadd().toString(), "-q", "-f",
                directory.resolve("slapd.conf").toString(), "-l", directory.resolve("data.ldif").toString());
        Path output = directory.resolve("slapadd.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("slapadd took longer than two minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while slapadd ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("slapadd exited " + process.exitValue() + ":\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
    }

    private static Process launch(Path directory, int ldapPort, int ldapsPort) throws IOException {
        String urls = "ldap://" + LOOPBACK + ":" + ldapPort + "/ ldaps://" + LOOPBACK + ":" + ldapsPort + "/";
        List<String> command = new ArrayList<>(List.of(SlapdPrograms.slapd().toString(), "-f",
                directory.resolve("slapd.conf").toString(), "-h", urls, "-d", "stats"));
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("slapd.log").toFile())).start();
    }

    /** Reads the root DSE over plain LDAP until slapd answers. */
    private static void awaitAnswer(Process process, int port) throws IOException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(500);
        options.setResponseTimeoutMillis(1000);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("slapd exited " + process.exitValue() + " while starting");
            }
            try (LDAPConnection connection = new LDAPConnection(options, LOOPBACK, port)) {
                if (connection.getRootDSE() != null) {
                    return;
                }
            } catch (LDAPException e) {
                // not listening yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for slapd", e);
            }
        }
        throw new IOException("slapd did not answer within " + STARTUP.toSeconds() + " s");
    }

    /** The {SSHA} form slapd checks simple binds against, so that the clear password is never on disk. */
    private static String saltedSha(String password) {
        try {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            sha.update(salt);
            byte[] digest = sha.digest();
            byte[] stored = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, stored, 0, digest.length);
            System.arraycopy(salt, 0, stored, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return probe.getLocalPort();
        }
    }

    private static String readLog(Path directory) {
        try {
            return Files.readString(directory.resolve("slapd.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
