/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.slapd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.Slapd;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedRequest;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedResult;

/** Binds that must fail do, clearly, and nothing the harness writes holds the password. */
class SlapdBindTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    @Test
    void theServiceAccountBindsWithItsPassword() throws Exception {
        try (LDAPConnection connection = SLAPD.server().connect()) {
            assertEquals(ResultCode.SUCCESS, connection.bind(DirectoryData.SERVICE_DN,
                    SLAPD.server().data().servicePassword()).getResultCode());
            WhoAmIExtendedResult whoAmI = (WhoAmIExtendedResult) connection
                    .processExtendedOperation(new WhoAmIExtendedRequest());
            assertEquals("dn:" + new DN(DirectoryData.SERVICE_DN).toNormalizedString(),
                    "dn:" + new DN(whoAmI.getAuthorizationID().substring("dn:".length())).toNormalizedString());
        }
    }

    @Test
    void aWrongPasswordFailsWithInvalidCredentials() throws Exception {
        String wrong = SLAPD.server().data().servicePassword() + "x";
        try (LDAPConnection connection = SLAPD.server().connect()) {
            LDAPException failed = assertThrows(LDAPException.class,
                    () -> connection.bind(DirectoryData.SERVICE_DN, wrong));
            assertEquals(ResultCode.INVALID_CREDENTIALS, failed.getResultCode());
            assertFalse(failed.getMessage().contains(wrong), "the error does not quote the password");
            assertFalse(failed.getExceptionMessage().contains(wrong));
        }
    }

    @Test
    void theServerNeverHoldsOrLogsTheClearPassword() throws Exception {
        Slapd server = SLAPD.server();
        String password = server.data().servicePassword();
        try (LDAPConnection connection = server.connect()) {
            connection.bind(DirectoryData.SERVICE_DN, password);
        }
        assertFalse(server.log().contains(password), "slapd's log");
        try (var files = Files.walk(server.directory())) {
            for (var file : files.filter(Files::isRegularFile).filter(path -> !path.startsWith(server.directory()
                    .resolve("db"))).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(password),
                        file.toString());
            }
        }
        assertFalse(server.data().toString().contains(password));
        assertFalse(server.toString().contains(password));
    }

    @Test
    void aStoppedServerRefusesConnections() throws Exception {
        Slapd small = Slapd.start(DirectoryData.withBulkUsers(0));
        try {
            int port = small.ldapPort();
            try (LDAPConnection connection = small.connect()) {
                assertTrue(connection.isConnected());
            }
            small.stop();
            assertFalse(small.isRunning());
            LDAPConnectionOptions options = new LDAPConnectionOptions();
            options.setConnectTimeoutMillis(2000);
            LDAPException refused = assertThrows(LDAPException.class,
                    () -> new LDAPConnection(options, small.host(), port).close());
            assertEquals(ResultCode.CONNECT_ERROR, refused.getResultCode());
        } finally {
            small.close();
        }
        assertFalse(Files.exists(small.directory()), "close deletes the directory");
    }
}
