/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the BIND programs of Debian's bind9 and bind9-utils packages and runs
 * the short-lived ones. When one is missing, a test is skipped with a message
 * saying which package to install, except under CI ({@code CI=true}), where
 * the packages are installed by {@code .ci/run} and a missing one fails.
 */
final class BindTools {

    private static final List<Path> DIRECTORIES = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"),
            Path.of("/usr/local/sbin"), Path.of("/usr/local/bin"), Path.of("/sbin"), Path.of("/bin"));

    private BindTools() {
    }

    /**
     * @param program e.g. {@code named}
     * @param pkg     the Debian package that has it
     * @return its path
     */
    static Path require(String program, String pkg) {
        Optional<Path> found = Stream.concat(DIRECTORIES.stream(), pathDirectories())
                .map(directory -> directory.resolve(program)).filter(Files::isExecutable).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String message = program + " is not installed (Debian package " + pkg + "); the DNS tests need it";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message + ", and under CI .ci/run installs it");
        }
        Assumptions.abort(message + ": install it (apt-get install " + pkg + ") to run them");
        throw new AssertionError("not reached");
    }

    /**
     * Runs a program to its end.
     *
     * @param directory the working directory
     * @param command   the program and its arguments
     * @return what it printed on stdout
     * @throws IOException when it cannot run, takes more than a minute, or fails (with its output)
     */
    static String run(Path directory, List<String> command) throws IOException {
        Path output = Files.createTempFile(directory, "tool-", ".out");
        Path errors = Files.createTempFile(directory, "tool-", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!waitFor(process)) {
                throw new IOException(String.join(" ", command) + " took longer than a minute");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + text
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private static boolean waitFor(Process process) throws IOException {
        try {
            if (process.waitFor(60, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + process.info().command().orElse("a tool"), e);
        }
    }

    private static Stream<Path> pathDirectories() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Stream.empty();
        }
        List<Path> directories = new ArrayList<>();
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                directories.add(Path.of(entry));
            }
        }
        return directories.stream();
    }
}
