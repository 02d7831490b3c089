/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Where Debian's slapd package puts what the harness needs: the server, its
 * offline loader, the schema files and the loadable back ends. When they are
 * missing a test is skipped with a message, except under CI ({@code CI=true}),
 * where {@code .ci/run} installs the package and a missing file is a failure.
 */
public final class SlapdPrograms {

    /** The Debian packages the harness needs (slapd) and the shell tools for trying it by hand. */
    public static final String PACKAGES = "slapd ldap-utils";

    private static final Path SLAPD = Path.of("/usr/sbin/slapd");
    private static final Path SLAPADD = Path.of("/usr/sbin/slapadd");
    private static final Path SCHEMA_DIRECTORY = Path.of("/etc/ldap/schema");
    private static final Path MODULE_DIRECTORY = Path.of("/usr/lib/ldap");
    private static final List<String> SCHEMAS = List.of("core.schema", "cosine.schema", "inetorgperson.schema");

    private SlapdPrograms() {
    }

    /** @return why slapd cannot be run here, or empty when it can */
    public static Optional<String> missing() {
        if (!Files.isExecutable(SLAPD) || !Files.isExecutable(SLAPADD)) {
            return Optional.of(SLAPD + " or " + SLAPADD + " is not installed (Debian package slapd)");
        }
        for (Path schema : schemaFiles()) {
            if (!Files.isReadable(schema)) {
                return Optional.of(schema + " is missing (Debian package slapd)");
            }
        }
        return Optional.empty();
    }

    /**
     * Skips the calling test when slapd is missing, or fails it under CI.
     *
     * @throws IllegalStateException under CI when slapd is missing
     */
    public static void require() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing.get() + "; under CI .ci/run installs it");
        }
        Assumptions.abort(missing.get() + ": the slapd tests need it (apt-get install " + PACKAGES + ")");
    }

    static Path slapd() {
        return SLAPD;
    }

    static Path slapadd() {
        return SLAPADD;
    }

    /** @return the standard schema files the AD-like schema builds on, in include order */
    static List<Path> schemaFiles() {
        return SCHEMAS.stream().map(SCHEMA_DIRECTORY::resolve).toList();
    }

    /** @return the directory of Debian's loadable back ends, when back_mdb is a module there */
    static Optional<Path> moduleDirectory() {
        return Files.exists(MODULE_DIRECTORY.resolve("back_mdb.la")) ? Optional.of(MODULE_DIRECTORY)
                : Optional.empty();
    }
}
