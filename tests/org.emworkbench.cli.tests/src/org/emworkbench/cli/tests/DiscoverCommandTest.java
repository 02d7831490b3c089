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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code emw discover}: arguments, rendering, exit codes and bulk scheduling,
 * with {@link ScriptedProviders} in place of the network.
 */
class DiscoverCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final ScriptedProviders providers = new ScriptedProviders();

    @Test
    void theTextTraceShowsEveryStepTheResultAndTheSummary() {
        Emw emw = Emw.discover(providers, "discover", "alice@ok.clitest");

        assertEquals(0, emw.exit(), emw.describe());
        String out = emw.stdout();
        assertTrue(out.startsWith("alice@ok.clitest\n"), out);
        assertTrue(out.contains("Scripted provider ("), out);
        assertTrue(out.contains("[ok]      SRV _autodiscover._tcp.ok.clitest: NOERROR, 1 record"), out);
        assertTrue(out.contains("_autodiscover._tcp.ok.clitest. 300 IN SRV 0 0 443 mail.ok.clitest."), out);
        assertTrue(out.contains("  [ok]      A mail.ok.clitest: NOERROR, 1 record"), "the child step is indented: " + out);
        assertTrue(out.contains("=> SRV 0 0 443 mail.ok.clitest."), out);
        assertTrue(out.contains("[ok]      POST https://autodiscover.ok.clitest/Autodiscover/Autodiscover.xml: 401"), out);
        assertTrue(out.contains("result: 0 errors, 0 warnings, 0 unknown"), out);
        assertTrue(emw.stderr().contains("1 target: 0 errors, 0 warnings, 0 unknown"), emw.stderr());
    }

    @Test
    void findingsCarryTheirFixAndDecideTheExitCode() {
        Emw warning = Emw.discover(providers, "discover", "warn.clitest");
        assertEquals(0, warning.exit(), "warnings do not fail a run: " + warning.describe());
        assertTrue(warning.stdout().contains("warning AD-002 _autodiscover._tcp.warn.clitest: the target"),
                warning.stdout());
        assertTrue(warning.stdout().contains("fix: Point the SRV record at a host inside the mail domain"),
                warning.stdout());

        Emw error = Emw.discover(providers, "discover", "error.clitest", "warn.clitest");
        assertEquals(1, error.exit(), error.describe());
        assertTrue(error.stderr().contains("2 targets: 1 error, 1 warning, 0 unknown"), error.stderr());

        Emw unknown = Emw.discover(providers, "discover", "silent.clitest");
        assertEquals(3, unknown.exit(), "an answer nobody gave is an environment failure: " + unknown.describe());
        assertTrue(unknown.stdout().contains("unknown AD-011"), unknown.stdout());
    }

    @Test
    void aProviderThatFailsIsShownStoppedAndTheOthersStillRun() {
        Emw emw = Emw.discover(providers, "discover", "crash.clitest");

        assertEquals(3, emw.exit(), emw.describe());
        assertTrue(emw.stdout().contains("stopped: the provider failed: java.lang.IllegalStateException: scripted crash"),
                emw.stdout());
        assertTrue(emw.stdout().contains("POST https://autodiscover.crash.clitest/"), emw.stdout());
    }

    @Test
    void noHttpLeavesOutTheHttpProviders() {
        Emw emw = Emw.discover(providers, "discover", "ok.clitest", "--no-http");

        assertEquals(0, emw.exit(), emw.describe());
        assertFalse(emw.stdout().contains("POST"), emw.stdout());
    }

    @Test
    void jsonHasTheStableShape() throws IOException {
        Emw emw = Emw.discover(providers, "discover", "alice@ok.clitest", "error.clitest", "--format", "json");

        assertEquals(1, emw.exit(), emw.describe());
        JsonNode document = JSON.readTree(emw.stdout());
        assertEquals(1, document.get("shapeVersion").asInt());
        assertEquals(2, document.get("targets").size());
        JsonNode ok = document.get("targets").get(0);
        assertEquals("alice@ok.clitest", ok.get("address").asText());
        assertEquals("ok.clitest", ok.get("domain").asText());
        JsonNode scripted = ok.get("providers").get(0);
        assertEquals(ScriptedProviders.ID, scripted.get("id").asText());
        assertTrue(scripted.get("failure").isNull());
        JsonNode step = scripted.get("steps").get(0);
        assertEquals("dns", step.get("kind").asText());
        assertEquals("ok", step.get("status").asText());
        assertEquals("A mail.ok.clitest", step.get("children").get(0).get("title").asText());
        assertEquals("SRV", scripted.get("results").get(0).get("kind").asText());
        JsonNode error = document.get("targets").get(1);
        assertEquals("AD-001", error.get("findings").get(0).get("id").asText());
        assertEquals("error", error.get("findings").get(0).get("severity").asText());
        assertEquals(1, document.get("summary").get("errors").asInt());
        assertEquals(1, document.get("summary").get("exitCode").asInt());
    }

    @Test
    void bulkModeWritesOneJsonLinePerDomainWithinTheConcurrencyBound() throws IOException {
        Path file = folder.resolve("domains.txt");
        List<String> lines = new ArrayList<>(List.of("# customers", ""));
        for (int i = 0; i < 300; i++) {
            lines.add(String.format("d%03d.bulk.clitest", i));
        }
        Files.write(file, lines);

        Emw emw = Emw.discover(providers, "discover", "--from-file", file.toString(), "--concurrency", "8", "--rate",
                "0");

        assertEquals(0, emw.exit(), emw.describe());
        List<String> output = emw.stdout().lines().toList();
        assertEquals(300, output.size());
        Set<Integer> inputLines = new HashSet<>();
        for (String line : output) {
            JsonNode target = JSON.readTree(line);
            inputLines.add(target.get("line").asInt());
            assertTrue(target.get("domain").asText().endsWith(".bulk.clitest"), line);
        }
        assertEquals(300, inputLines.size(), "every input line once");
        assertTrue(providers.mostInFlight() <= 8, "at most 8 in flight, saw " + providers.mostInFlight());
        assertTrue(providers.mostInFlight() > 1, "targets ran one at a time");
        assertTrue(emw.stderr().contains("300 targets in"), emw.stderr());
        assertFalse(emw.stdout().contains("\"steps\":["), "steps only with --trace");
    }

    @Test
    void bulkLinesCarryResultsByProviderAndWithTraceEveryStep() throws IOException {
        Path file = folder.resolve("domains.txt");
        Files.write(file, List.of("ok.clitest", "crash.clitest"));

        Emw lean = Emw.discover(providers, "discover", "--from-file", file.toString(), "--no-http");
        Emw traced = Emw.discover(providers, "discover", "--from-file", file.toString(), "--no-http", "--trace");

        assertEquals(3, lean.exit(), lean.describe());
        JsonNode ok = JSON.readTree(lean.stdout().lines().filter(line -> line.contains("\"ok.clitest\"")).findFirst()
                .orElseThrow());
        assertEquals(ScriptedProviders.ID, ok.get("results").get(0).get("provider").asText());
        assertEquals("0 0 443 mail.ok.clitest.", ok.get("results").get(0).get("value").asText());
        JsonNode crash = JSON.readTree(lean.stdout().lines().filter(line -> line.contains("\"crash.clitest\""))
                .findFirst().orElseThrow());
        assertTrue(crash.get("stopped").get(0).get("failure").asText().contains("scripted crash"), lean.stdout());
        JsonNode tracedOk = JSON.readTree(traced.stdout().lines().filter(line -> line.contains("\"ok.clitest\""))
                .findFirst().orElseThrow());
        assertEquals("A mail.ok.clitest",
                tracedOk.get("providers").get(0).get("steps").get(0).get("children").get(0).get("title").asText());
    }

    @Test
    void bulkModeReportsUnusableLinesWithTheirNumberAndGoesOn() throws IOException {
        Path file = folder.resolve("domains.txt");
        Files.write(file, List.of("ok.clitest", "not a domain!", "error.clitest"));

        Emw emw = Emw.discover(providers, "discover", "--from-file", file.toString());

        assertEquals(2, emw.exit(), emw.describe());
        assertTrue(emw.stderr().contains(file + ":2: "), emw.stderr());
        List<String> output = emw.stdout().lines().toList();
        assertEquals(3, output.size(), emw.stdout());
        assertTrue(output.stream().anyMatch(line -> line.contains("\"line\":2,\"input\":\"not a domain!\",\"error\":")),
                emw.stdout());
    }

    @Test
    void withAModelAndNoAddressItsDomainsAreDiscoveredWithTheirExpectations() {
        Emw emw = Emw.discover(providers, "discover", "--model", Examples.file("contoso/contoso.emw").toString(),
                "--no-http");

        assertTrue(emw.stdout().contains("contoso.com\n"), emw.stdout());
        assertTrue(emw.stdout().contains("fabrikam.com\n"), emw.stdout());
        assertEquals("ctxad-7f3c9b1e", providers.expectationsSeen().get("contoso.com").claimToken());
        assertEquals("mail.contoso.com.", providers.expectationsSeen().get("contoso.com").srvRecords().get(0).target());
    }

    @Test
    void unusableArgumentsExitTwoAndSayWhatToType() {
        assertUsage(List.of("discover"), "discover needs an address or a domain");
        assertUsage(List.of("discover", "alice@", "--no-http"), "does not end in");
        assertUsage(List.of("discover", "ok.clitest", "--dns-server"), "--dns-server needs a DNS server");
        assertUsage(List.of("discover", "ok.clitest", "--dns-server", "127.0.0.1:99999"), "--dns-server 127.0.0.1:99999");
        assertUsage(List.of("discover", "ok.clitest", "--concurrency", "4"), "apply to bulk mode");
        assertUsage(List.of("discover", "ok.clitest", "--trace"), "apply to bulk mode");
        assertUsage(List.of("discover", "--from-file", folder.resolve("missing.txt").toString()), "no such file");
        assertUsage(List.of("discover", "ok.clitest", "--format", "sarif"), "discover writes text or json");
        assertUsage(List.of("discover", "ok.clitest", "--timeout", "0"), "from 1 to 60");
        assertUsage(List.of("discover", "ok.clitest", "--frobnicate"), "unknown option '--frobnicate'");
    }

    private void assertUsage(List<String> arguments, String expected) {
        Emw emw = Emw.discover(providers, arguments.toArray(String[]::new));
        assertEquals(2, emw.exit(), emw.describe());
        assertTrue(emw.stderr().contains(expected), "expected '" + expected + "' in: " + emw.stderr());
        assertEquals("", emw.stdout());
    }
}
