/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test server running as a child process (named, slapd, …) from a
 * temporary directory of its own. The JVM kills it at exit should a test
 * never close it, so that no server outlives its tests; {@link #close()}
 * stops it and deletes the directory.
 */
public final class ServerProcess implements AutoCloseable {

    private static final long GRACE_SECONDS = 10;

    private final Process process;
    private final Path directory;
    private final Thread killAtExit;

    private ServerProcess(Process process, Path directory, String name) {
        this.process = process;
        this.directory = directory;
        this.killAtExit = new Thread(process::destroyForcibly, "stop " + name);
        Runtime.getRuntime().addShutdownHook(killAtExit);
    }

    /**
     * @param process   the running server
     * @param directory its working directory, deleted by {@link #close()}
     * @param name      a name for the shutdown hook, e.g. {@code slapd 38901}
     * @return the server, watched until closed
     */
    public static ServerProcess watch(Process process, Path directory, String name) {
        return new ServerProcess(process, directory, name);
    }

    /** @return whether the process is running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process (SIGTERM, then SIGKILL after ten seconds) and waits for it; the directory stays. */
    public void stop() {
        stop(process);
    }

    /** Stops the process and deletes the directory. */
    @Override
    public void close() {
        stop(process);
        deleteTree(directory);
        try {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        } catch (IllegalStateException e) {
            // closed while the JVM shuts down: the hook is running or has run
        }
    }

    /**
     * Ends a process: SIGTERM, then SIGKILL when it has not ended after ten seconds.
     *
     * @param process the process
     */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Deletes a directory and everything in it.
     *
     * @param directory the directory; nothing happens when it does not exist
     * @throws UncheckedIOException when something cannot be deleted
     */
    public static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
