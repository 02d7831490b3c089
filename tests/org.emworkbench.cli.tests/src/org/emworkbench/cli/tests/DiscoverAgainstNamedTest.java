/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emworkbench.autodiscovery.internal.exchange.CandidateList;
import org.emworkbench.autodiscovery.tests.servers.Answer;
import org.emworkbench.autodiscovery.tests.servers.NamedServer;
import org.emworkbench.autodiscovery.tests.servers.PlainHttpServer;
import org.emworkbench.autodiscovery.tests.servers.PoxAnswers;
import org.emworkbench.autodiscovery.tests.servers.PoxHttpsServer;
import org.emworkbench.autodiscovery.tests.servers.RecordedRequest;
import org.emworkbench.autodiscovery.tests.servers.ScriptedServer;
import org.emworkbench.autodiscovery.tests.servers.TestCertificateAuthority;
import org.emworkbench.autodiscovery.tests.servers.TestZones;
import org.emworkbench.autodiscovery.tests.servers.Zone;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code emw discover} and {@code emw validate --online} with the built-in
 * providers against Debian's named on loopback, serving the Contoso example's
 * domains as its model expects them, next to the autodiscovery test zones.
 */
class DiscoverAgainstNamedTest {

    private static final List<Zone> CONTOSO = List.of(
            new Zone("contoso.com", """
                    @ IN TXT "ctxad-7f3c9b1e"
                    @ IN A 127.0.0.1
                    autodiscover IN A 127.0.0.1
                    mail IN A 127.0.0.1
                    _autodiscover._tcp IN SRV 0 0 443 mail.contoso.com.
                    """),
            new Zone("fabrikam.com", """
                    @ IN TXT "ctxad-2a81d0c4"
                    mail IN A 127.0.0.1
                    _autodiscover._tcp IN SRV 0 0 443 mail.fabrikam.com.
                    """));

    private static final String ACTIVE_SYNC = "https://mail.contoso.com/Microsoft-Server-ActiveSync";

    private static NamedServer named;

    @TempDir
    Path folder;

    @BeforeAll
    static void startNamed() throws IOException {
        named = NamedServer.start(CONTOSO);
    }

    @AfterAll
    static void stopNamed() {
        if (named != null) {
            named.close();
        }
    }

    @Test
    void theFullTraceOfTheExampleAddressIsClean() {
        Emw emw = Emw.run("discover", "alice@contoso.com", "--dns-server", named.dnsServer(), "--model",
                Examples.file("contoso/contoso.emw").toString(), "--no-http");

        assertEquals(0, emw.exit(), emw.describe());
        String out = emw.stdout();
        assertTrue(out.contains("TXT contoso.com @" + named.dnsServer() + " (UDP): NOERROR"), out);
        assertTrue(out.contains("SRV _autodiscover._tcp.contoso.com @" + named.dnsServer() + " (UDP): NOERROR"), out);
        assertTrue(out.contains("A mail.contoso.com @"), out);
        assertTrue(out.contains("=> SRV 0 0 443 mail.contoso.com."), out);
        assertTrue(out.contains("result: 0 errors, 0 warnings, 0 unknown"), out);
    }

    @Test
    void exchangeAutodiscoverOverHttpsGivesTheModelsActiveSyncUrl() throws IOException {
        TestCertificateAuthority ca = TestCertificateAuthority.create("EMW CLI Test CA");
        Path trust = ca.writePem(folder.resolve("ca.pem"));
        try (PoxHttpsServer https = PoxHttpsServer.start(
                ca.issue("contoso.com", "autodiscover.contoso.com", "mail.contoso.com"));
                PlainHttpServer http = PlainHttpServer.start()) {
            https.answer(ScriptedServer.ANY, CandidateList.PATH, Answer.always(PoxAnswers.settings(ACTIVE_SYNC)));

            Emw good = discoverOverHttps(https, http, trust);
            https.answer(ScriptedServer.ANY, CandidateList.PATH,
                    Answer.always(PoxAnswers.settings("https://owa.contoso.com/Microsoft-Server-ActiveSync")));
            Emw moved = discoverOverHttps(https, http, trust);

            assertEquals(0, good.exit(), good.describe());
            assertTrue(good.stdout().contains("POST https://contoso.com/Autodiscover/Autodiscover.xml (127.0.0.1:"
                    + https.port() + ")"), good.stdout());
            assertTrue(good.stdout().contains("=> MobileSync " + ACTIVE_SYNC), good.stdout());
            assertEquals(1, moved.exit(), moved.describe());
            assertTrue(moved.stdout().contains("error   AD-007 "), moved.stdout());
            assertTrue(https.requests().stream().noneMatch(RecordedRequest::carriesCredentials),
                    "no request carries credentials");
        }
    }

    private static Emw discoverOverHttps(PoxHttpsServer https, PlainHttpServer http, Path trust) {
        return Emw.run("discover", "alice@contoso.com", "--dns-server", named.dnsServer(), "--model",
                Examples.file("contoso/contoso.emw").toString(), "--https-port", Integer.toString(https.port()),
                "--http-port", Integer.toString(http.port()), "--trust-store", trust.toString());
    }

    @Test
    void theLeakPatternIsAnErrorInTheJson() throws IOException {
        Emw emw = Emw.run("discover", "bob@" + TestZones.LEAK, "--dns-server", named.dnsServer(), "--no-http",
                "--format", "json");

        assertEquals(1, emw.exit(), emw.describe());
        JsonNode target = new ObjectMapper().readTree(emw.stdout()).get("targets").get(0);
        assertTrue(target.get("findings").findValuesAsText("id").contains("AD-003"), emw.stdout());
    }

    @Test
    void onlineValidationOfTheExampleFindsNothing() {
        // SSO-019 asks the example's directory, which is not here (LdapPreviewAgainstSlapdTest runs it).
        Emw emw = Emw.run("validate", "--online", "--disable", "SSO-019", "--dns-server", named.dnsServer(),
                Examples.file("contoso/contoso.emw").toString());

        assertEquals(0, emw.exit(), emw.describe());
        assertEquals("", emw.stdout());
    }

    @Test
    void onlineValidationReportsAModelThatDiffersFromDns() throws IOException {
        Path model = folder.resolve("moved.emw");
        String text = Files.readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8)
                .replace("<expectedSrvRecords target=\"mail.contoso.com.\"/>",
                        "<expectedSrvRecords target=\"exchange.contoso.com.\"/>");
        Files.writeString(model, text, StandardCharsets.UTF_8);

        Emw emw = Emw.run("validate", "--online", "--dns-server", named.dnsServer(), model.toString());

        assertEquals(1, emw.exit(), emw.describe());
        assertTrue(emw.stdout().contains(": error SSO-018 /exchange/mailDomains[contoso.com]: AD-007 "), emw.stdout());
    }

    @Test
    void aSilentResolverIsAnEnvironmentFailureNotAFinding() throws IOException {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            String server = "127.0.0.1:" + silent.getLocalPort();

            Emw validate = Emw.run("validate", "--online", "--dns-server", server,
                    Examples.file("contoso/contoso.emw").toString());
            Emw discover = Emw.run("discover", "contoso.com", "--dns-server", server, "--no-http", "--timeout", "1",
                    "--retries", "0");

            assertEquals(3, validate.exit(), validate.describe());
            assertTrue(validate.stdout().contains("SSO-018 /exchange/mailDomains[contoso.com]: could not be checked"),
                    validate.stdout());
            assertTrue(validate.stderr().contains("could not be made because a server did not answer"),
                    validate.stderr());
            assertEquals(3, discover.exit(), discover.describe());
            assertTrue(discover.stdout().contains("unknown AD-011"), discover.stdout());
        }
    }
}
