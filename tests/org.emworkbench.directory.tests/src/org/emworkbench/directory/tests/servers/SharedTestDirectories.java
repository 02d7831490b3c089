/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The servers a whole test run shares, one of each kind with
 * {@link DirectoryData#standard()}: starting slapd with 10,000 users, or
 * filling the in-memory server with them, takes a second or two, so it is done
 * once. A JVM shutdown hook closes them, which also covers the test bundles
 * that use them from other classes than this bundle's.
 */
final class SharedTestDirectories {

    private static final Map<TestDirectory.Kind, TestDirectory> RUNNING = new EnumMap<>(TestDirectory.Kind.class);

    private SharedTestDirectories() {
    }

    static synchronized TestDirectory get(TestDirectory.Kind kind) {
        TestDirectory server = RUNNING.get(kind);
        if (server == null) {
            try {
                server = kind.start(DirectoryData.standard());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the shared " + kind + " directory: " + e.getMessage(), e);
            }
            RUNNING.put(kind, server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop shared " + kind + " directory"));
        }
        return server;
    }
}
