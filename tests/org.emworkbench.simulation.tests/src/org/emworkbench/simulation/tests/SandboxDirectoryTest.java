/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.simulation.sandbox.SandboxDirectory;
import org.emworkbench.validation.settings.DirectorySettings;
import org.junit.jupiter.api.Test;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

/** The sandbox's directory, searched over LDAP as the directory bundle searches it. */
class SandboxDirectoryTest {

    private static final String MOBILE_MAIL = "CN=Mobile Mail Users,OU=Groups,DC=contoso,DC=com";

    @Test
    void personasAreUsersWithTheirAttributesAndGroups() throws IOException, DirectoryException {
        try (SandboxDirectory directory = SandboxDirectory.start(Models.contoso("contoso.emw"));
                DirectoryConnection connection = open(directory.access())) {
            List<DirectoryEntry> found = connection.findUsers("alex.wilber@fabrikam.com",
                    List.of(DirectoryConnection.ALL_USER_ATTRIBUTES));

            assertEquals(1, found.size());
            DirectoryEntry alex = found.get(0);
            assertEquals("CN=Alex Wilber,OU=People,DC=contoso,DC=com", alex.dn());
            assertEquals("alex.wilber@contoso.com", alex.first("userPrincipalName"));
            assertEquals("awilber", alex.first("sAMAccountName"));
            assertEquals("Alex Wilber", alex.first("displayName"));
            assertEquals(List.of(MOBILE_MAIL, "CN=Executives,OU=Groups,DC=contoso,DC=com"), alex.values("memberOf"));
            DirectoryEntry group = connection.read(MOBILE_MAIL, List.of("member")).orElseThrow();
            assertTrue(group.isGroup());
            assertEquals(2, group.values("member").size(), group.values("member").toString());
        }
    }

    @Test
    void attributesTheModelSaysTheDirectoryDoesNotReturnAreLeftOut() throws IOException, DirectoryException {
        Deployment deployment = Models.contoso("broken-directory-attributes.emw");
        try (SandboxDirectory directory = SandboxDirectory.start(deployment);
                DirectoryConnection connection = open(directory.access())) {
            DirectoryEntry megan = connection.findUsers(Models.MEGAN, List.of(DirectoryConnection.ALL_USER_ATTRIBUTES))
                    .get(0);

            assertEquals(List.of(), megan.values("sAMAccountName"));
            assertEquals("megan.bowen@contoso.com", megan.first("userPrincipalName"));
        }
    }

    @Test
    void onlyTheRunsPasswordBindsAndOnlyOnLoopback() throws IOException, LDAPException {
        try (SandboxDirectory directory = SandboxDirectory.start(Models.contoso("contoso.emw"));
                LDAPConnection ldap = new LDAPConnection("127.0.0.1", directory.port())) {
            LDAPException wrong = assertThrows(LDAPException.class, () -> ldap.bind(directory.bindDn(), "guessed"));

            assertEquals(ResultCode.INVALID_CREDENTIALS, wrong.getResultCode());
            assertEquals("CN=svc-emm,OU=Service Accounts,DC=contoso,DC=com", directory.bindDn());
            assertTrue(ldap.getConnectedAddress().startsWith("127.0.0.1"), ldap.getConnectedAddress());
        }
    }

    @Test
    void twoRunsGetDifferentPasswords() throws IOException, DirectoryException {
        try (SandboxDirectory first = SandboxDirectory.start(Models.contoso("contoso.emw"));
                SandboxDirectory second = SandboxDirectory.start(Models.contoso("contoso.emw"))) {
            // The first run's password, handed to the second server, is refused.
            DirectoryAccess crossed = DirectoryAccess.of(DirectorySettings.DEFAULTS,
                    first.access().credentials()).withServer(second.access().server().orElseThrow())
                    .withBindDn(second.bindDn()).withCredential(CredentialReference.environment("UNUSED"));
            DirectoryException refused = assertThrows(DirectoryException.class, () -> open(crossed).close());

            assertEquals(DirectoryException.Failure.INVALID_CREDENTIALS, refused.failure());
        }
    }

    @Test
    void aStoppedDirectoryRefusesConnections() throws IOException {
        SandboxDirectory directory = SandboxDirectory.start(Models.contoso("contoso.emw"));
        DirectoryAccess access = directory.access();
        directory.close();

        DirectoryException down = assertThrows(DirectoryException.class, () -> open(access).close());
        assertEquals(DirectoryException.Failure.SERVER_UNREACHABLE, down.failure());
    }

    private static DirectoryConnection open(DirectoryAccess access) throws DirectoryException {
        return DirectoryConnection.open(access.endpoint(null), access.credentials());
    }
}
