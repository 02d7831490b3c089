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
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.tests.servers.TestDirectory;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

/** Endpoints and credentials for a test directory, as a user would configure them. */
final class Fixture {

    /** The environment variable the tests' credential reference names. */
    static final String VARIABLE = "EMW_TEST_BIND_PASSWORD";

    private Fixture() {
    }

    /** @return settings with short timeouts, pages of 500 and the JDK's trust store */
    static DirectorySettings settings(Tls tls) {
        return new DirectorySettings(389, tls, Duration.ofSeconds(5), Duration.ofSeconds(5), 500, "");
    }

    /** @return plain LDAP to the directory's address, bound as its service account */
    static DirectoryEndpoint plain(TestDirectory directory) {
        return DirectoryEndpoint.of(directory.host(), directory.ldapPort(), settings(Tls.NONE))
                .withBaseDn(directory.baseDn())
                .withBind(directory.bindDn(), CredentialReference.environment(VARIABLE));
    }

    /** @return the password source: an environment holding the directory's password */
    static BindCredentials credentials(TestDirectory directory) {
        return BindCredentials.environment(Map.of(VARIABLE, directory.bindPassword())::get);
    }

    /** @return a password source that gives a wrong password */
    static BindCredentials wrongCredentials() {
        return BindCredentials.environment(Map.of(VARIABLE, "not-the-password")::get);
    }
}
