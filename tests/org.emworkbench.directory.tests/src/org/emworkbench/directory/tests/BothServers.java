/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.tests.servers.TestDirectory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For test classes whose every test runs against each {@link TestDirectory.Kind}
 * in turn: the class runs once with the in-memory server and once with slapd,
 * each time against the run's shared server of that kind
 * ({@code DirectoryData.standard()}, 10,000 generated users included) with one
 * plain connection bound as the service account. A test that fails against
 * slapd prints slapd's log.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDirectory.Kind.class)
@ExtendWith(BothServers.LogOnFailure.class)
abstract class BothServers {

    /** The server the tests run against now. */
    static TestDirectory directory;
    /** A plain connection to it, bound as the service account. */
    static DirectoryConnection connection;

    /** Which server this invocation of the class runs against. */
    @Parameter
    TestDirectory.Kind kind;

    @BeforeParameterizedClassInvocation
    static void connect(TestDirectory.Kind server) throws Exception {
        directory = server.shared();
        connection = DirectoryConnection.open(Fixture.plain(directory), Fixture.credentials(directory));
    }

    @AfterParameterizedClassInvocation
    static void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        directory = null;
    }

    /** Prints the server's log when a test fails, since slapd's reasons are there. */
    static final class LogOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            TestDirectory running = directory;
            if (running != null && !running.log().isEmpty()) {
                System.err.println("log of " + running + " after " + context.getDisplayName() + " failed:\n"
                        + running.log());
            }
        }
    }
}
