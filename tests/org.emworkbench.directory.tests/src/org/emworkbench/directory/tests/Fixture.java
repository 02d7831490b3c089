/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import java.time.Duration;
import java.util.Map;

import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

/** Endpoints and credentials for the in-memory directory, as a user would configure them. */
final class Fixture {

    /** The environment variable the tests' credential reference names. */
    static final String VARIABLE = "EMW_TEST_BIND_PASSWORD";

    private Fixture() {
    }

    /** @return settings with short timeouts, pages of 500 and the JDK's trust store */
    static DirectorySettings settings(Tls tls) {
        return new DirectorySettings(389, tls, Duration.ofSeconds(5), Duration.ofSeconds(5), 500, "");
    }

    /** @return plain LDAP to the directory, bound as the test account */
    static DirectoryEndpoint plain(InMemoryDirectory directory) {
        return DirectoryEndpoint.of("127.0.0.1", directory.ldapPort(), settings(Tls.NONE))
                .withBaseDn(InMemoryDirectory.BASE_DN)
                .withBind(InMemoryDirectory.BIND_DN, CredentialReference.environment(VARIABLE));
    }

    /** @return the password source: an environment holding the directory's password */
    static BindCredentials credentials(InMemoryDirectory directory) {
        return BindCredentials.environment(Map.of(VARIABLE, directory.bindPassword())::get);
    }

    /**
     * A running directory with an open connection, for test classes that share both.
     *
     * @param directory  the server
     * @param connection a plain connection to it, bound as the test account
     */
    record Live(InMemoryDirectory directory, DirectoryConnection connection) implements AutoCloseable {

        /**
         * @param server      how to start the server
         * @param connections 0 for a single connection, else the pool's size
         * @return the server and the connection
         * @throws Exception when either cannot be had
         */
        static Live start(InMemoryDirectory.Builder server, int connections) throws Exception {
            InMemoryDirectory directory = server.start();
            DirectoryConnection connection = connections == 0
                    ? DirectoryConnection.open(plain(directory), credentials(directory))
                    : DirectoryConnection.openPool(plain(directory), credentials(directory), connections);
            return new Live(directory, connection);
        }

        @Override
        public void close() {
            connection.close();
            directory.close();
        }
    }

    /** @return a password source that gives a wrong password */
    static BindCredentials wrongCredentials() {
        return BindCredentials.environment(Map.of(VARIABLE, "not-the-password")::get);
    }
}
