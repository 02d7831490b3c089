/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a {@link Slapd} with the shared data set from a shell, for trying the
 * directory features and for benchmarks ({@code releng/bench/slapd-serve}
 * runs it). It prints where the server listens and a ready-to-run
 * {@code ldapsearch}, writes the service account's password to a file for
 * {@code ldapsearch -y} or an environment variable (never to the terminal),
 * and serves until it is stopped (SIGTERM or Ctrl+C), then deletes
 * everything.
 *
 * <pre>
 * SlapdServe [--users N] [--env-file FILE]
 * </pre>
 *
 * {@code --env-file} writes shell assignments ({@code SLAPD_LDAP_URL},
 * {@code SLAPD_LDAPS_URL}, {@code SLAPD_BASE_DN}, {@code SLAPD_BIND_DN},
 * {@code SLAPD_PASSWORD_FILE}, {@code SLAPD_CA_PEM}, {@code SLAPD_TRUST_STORE},
 * {@code SLAPD_USERS}) once the server answers, so that a script may wait for
 * the file and source it. Exit codes: 2 for bad arguments, 3 when slapd is
 * not installed or does not start.
 */
public final class SlapdServe {

    private SlapdServe() {
    }

    /**
     * @param arguments {@code [--users N] [--env-file FILE]}
     */
    public static void main(String[] arguments) {
        int users = DirectoryData.STANDARD_BULK_USERS;
        Path envFile = null;
        try {
            for (int i = 0; i < arguments.length; i++) {
                switch (arguments[i]) {
                case "--users" -> users = Integer.parseInt(arguments[++i]);
                case "--env-file" -> envFile = Path.of(arguments[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + arguments[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("slapd-serve: " + e.getMessage() + "; usage: [--users N] [--env-file FILE]");
            System.exit(2);
        }
        Optional<String> missing = SlapdPrograms.missing();
        if (missing.isPresent()) {
            System.err.println("slapd-serve: " + missing.get() + "; apt-get install " + SlapdPrograms.PACKAGES);
            System.exit(3);
        }
        try {
            serve(DirectoryData.withBulkUsers(users), envFile);
        } catch (IOException e) {
            System.err.println("slapd-serve: " + e.getMessage());
            System.exit(3);
        }
    }

    private static void serve(DirectoryData data, Path envFile) throws IOException {
        Slapd server = Slapd.start(data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "slapd-serve shutdown"));
        Path passwordFile = server.directory().resolve("service-password");
        // No newline: ldapsearch -y takes the file's bytes as they are.
        Files.writeString(passwordFile, data.servicePassword(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        String searchBase = DirectoryData.BASE_DN;
        System.out.println("slapd serves " + data + "\n"
                + "  plain and StartTLS: " + server.ldapUrl() + "\n"
                + "  LDAPS:              " + server.ldapsUrl() + " (certificate for " + Slapd.NAME
                + ", 127.0.0.1, ::1)\n"
                + "  base DN:            " + searchBase + "\n"
                + "  bind DN:            " + DirectoryData.SERVICE_DN + "\n"
                + "  password file:      " + passwordFile + "\n"
                + "  CA (PEM):           " + server.caPem() + "\n"
                + "  trust store:        " + server.trustStore() + " (PKCS12, password "
                + Slapd.TRUST_STORE_PASSWORD + ")\n"
                + "Try:\n"
                + "  ldapsearch -H " + server.ldapUrl() + " -x -D '" + DirectoryData.SERVICE_DN + "' -y "
                + passwordFile + " -b '" + searchBase
                + "' '(objectClass=user)' userPrincipalName sAMAccountName displayName mail -E pr=1000/noprompt\n"
                + "  LDAPTLS_CACERT=" + server.caPem() + " ldapsearch -H " + server.ldapsUrl()
                + " ... (or -ZZ on the plain URL for StartTLS)\n"
                + "  EMW_LDAP_PASSWORD=\"$(cat " + passwordFile + ")\" ./emw ... --ldap-url " + server.ldapUrl()
                + "\nCtrl+C stops it and deletes " + server.directory());
        if (envFile != null) {
            writeEnvironment(envFile, server, passwordFile, data);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeEnvironment(Path envFile, Slapd server, Path passwordFile, DirectoryData data)
            throws IOException {
        String text = "SLAPD_LDAP_URL='" + server.ldapUrl() + "'\n"
                + "SLAPD_LDAPS_URL='" + server.ldapsUrl() + "'\n"
                + "SLAPD_BASE_DN='" + DirectoryData.BASE_DN + "'\n"
                + "SLAPD_BIND_DN='" + DirectoryData.SERVICE_DN + "'\n"
                + "SLAPD_PASSWORD_FILE='" + passwordFile + "'\n"
                + "SLAPD_CA_PEM='" + server.caPem() + "'\n"
                + "SLAPD_TRUST_STORE='" + server.trustStore() + "'\n"
                + "SLAPD_USERS=" + data.userCount() + "\n";
        // Written whole under another name and moved, so that a waiting script never reads half of it.
        Path partial = envFile.resolveSibling(envFile.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, envFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
