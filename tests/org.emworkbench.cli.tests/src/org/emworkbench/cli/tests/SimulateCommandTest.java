/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code emw simulate} and {@code emw validate --online --sandbox}: output, JSON shape, exit codes. */
class SimulateCommandTest {

    private static final String MEGAN = "megan.bowen@contoso.com";

    private static String example(String name) {
        return Examples.file("contoso/" + name).toString();
    }

    @Test
    void theGoodPersonaPassesEveryStepInTheSandbox() {
        Emw emw = Emw.run("simulate", example("contoso.emw"), "--user", MEGAN, "--sandbox");

        assertEquals(0, emw.exit(), emw.describe());
        String out = emw.stdout();
        assertTrue(out.startsWith("Secure Mail SSO for Megan Bowen <" + MEGAN + ">"), out);
        assertTrue(out.contains("sandbox: answers come from the model, not from the customer's servers"), out);
        for (String step : new String[] { "1. Secure Hub enrollment: PASS",
                "2. Secure Mail delivered, client properties: PASS", "3. SEND_LDAP_ATTRIBUTES from the directory: PASS",
                "4. Exchange autodiscover for the email address: PASS", "5. Credential accepted by Exchange: PASS" }) {
            assertTrue(out.contains(step), step + " in\n" + out);
        }
        assertTrue(out.contains("=> TXT ctxad-7f3c9b1e"), out);
        assertTrue(out.contains("=> SRV 0 0 443 mail.contoso.com."), out);
        assertTrue(out.contains("userPrincipalName = megan.bowen@contoso.com"), out);
        assertTrue(out.contains("was not made (skipped): the sandbox serves DNS and LDAP only"), out);
        assertTrue(out.contains("Result: Secure Mail would configure the account of " + MEGAN), out);
        assertTrue(emw.stderr().contains("with a password made for this run"), emw.stderr());
    }

    @Test
    void theJsonShapeIsStable() throws IOException {
        Emw emw = Emw.run("simulate", example("broken-passcode-auth.emw"), "--user", MEGAN, "--sandbox",
                "--format", "json");

        assertEquals(1, emw.exit(), emw.describe());
        JsonNode root = new ObjectMapper().readTree(emw.stdout());
        assertEquals(1, root.get("shapeVersion").asInt());
        assertEquals(MEGAN, root.get("user").asText());
        assertEquals("Megan Bowen", root.get("persona").asText());
        assertTrue(root.get("sandbox").asBoolean());
        assertEquals(5, root.get("steps").size());
        JsonNode delivery = root.get("steps").get(1);
        assertEquals("delivery", delivery.get("key").asText());
        assertEquals("fail", delivery.get("outcome").asText());
        assertTrue(delivery.get("fixes").size() > 0, delivery.toString());
        assertTrue(delivery.get("evidence").toString().contains("SSO-002"), delivery.toString());
        assertEquals("skipped", root.get("steps").get(3).get("outcome").asText());
        assertEquals("skipped", root.get("steps").get(4).get("outcome").asText());
        assertEquals("pass", root.get("steps").get(2).get("outcome").asText());
        assertFalse(root.get("result").get("accountConfigured").asBoolean());
        assertEquals("delivery", root.get("result").get("firstFailure").asText());
        assertEquals(1, root.get("result").get("exitCode").asInt());
    }

    @Test
    void aSilentDnsServerMakesTheWalkUnknown() throws IOException {
        int closed;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closed = socket.getLocalPort();
        }
        Emw emw = Emw.run("simulate", example("contoso.emw"), "--user", MEGAN, "--dns-server", "127.0.0.1:" + closed,
                "--ldap-url", "ldap://127.0.0.1:" + closedTcpPort() + "/DC=contoso,DC=com", "--no-http");

        assertEquals(3, emw.exit(), emw.describe());
        assertTrue(emw.stdout().contains("1. Secure Hub enrollment: UNKNOWN"), emw.stdout());
        assertTrue(emw.stdout().contains("2. Secure Mail delivered, client properties: SKIPPED"), emw.stdout());
        assertTrue(emw.stdout().contains("Result: unknown for " + MEGAN), emw.stdout());
    }

    @Test
    void unusableInputIsExitTwo() {
        assertEquals(2, Emw.run("simulate", example("contoso.emw"), "--sandbox").exit());
        assertEquals(2, Emw.run("simulate", example("contoso.emw"), "--user", "contoso.com", "--sandbox").exit());
        assertEquals(2, Emw.run("simulate", example("contoso.emw"), "--user", MEGAN, "--sandbox", "--dns-server",
                "127.0.0.1:53").exit());
        assertEquals(2, Emw.run("simulate", "no-such-model.emw", "--user", MEGAN, "--sandbox").exit());
        Emw unknown = Emw.run("simulate", example("contoso.emw"), "--user", MEGAN, "--frobnicate");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.stderr().contains("unknown option '--frobnicate'"), unknown.describe());
    }

    @Test
    void onlineValidationInTheSandboxChecksTheModelAgainstItself() {
        Emw good = Emw.run("validate", "--online", "--sandbox", example("contoso.emw"));
        Emw leak = Emw.run("validate", "--online", "--sandbox", example("broken-srv-record.emw"));

        assertEquals(0, good.exit(), good.describe());
        assertTrue(good.stderr().contains("answers come from the model, not from the customer's servers"),
                good.describe());
        assertFalse(good.stdout().contains("SSO-018"), good.describe());
        assertEquals(1, leak.exit(), leak.describe());
        assertTrue(leak.stdout().contains("SSO-018"), leak.describe());
    }

    @Test
    void sandboxNeedsOnlineAndNoOtherServers() {
        assertEquals(2, Emw.run("validate", "--sandbox", example("contoso.emw")).exit());
        assertEquals(2, Emw.run("validate", "--online", "--sandbox", "--ldap-url", "ldap://127.0.0.1:389",
                example("contoso.emw")).exit());
    }

    private static int closedTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
