/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For test classes that share one in-memory directory (without bulk users)
 * and one plain connection to it; each subclass gets a fresh server.
 */
abstract class SharedDirectory {

    private static Fixture.Live live;

    /** The running server. */
    static InMemoryDirectory directory;
    /** A plain connection bound as the test account. */
    static DirectoryConnection connection;

    @BeforeAll
    static void startDirectory() throws Exception {
        live = Fixture.Live.start(InMemoryDirectory.builder(), 0);
        directory = live.directory();
        connection = live.connection();
    }

    @AfterAll
    static void stopDirectory() {
        live.close();
    }
}
