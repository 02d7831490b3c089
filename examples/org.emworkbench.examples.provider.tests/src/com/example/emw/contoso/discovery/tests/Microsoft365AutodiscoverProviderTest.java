/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder.Behaviour;
import org.emworkbench.autodiscovery.tests.servers.NamedServer;
import org.emworkbench.autodiscovery.tests.servers.TestZones;
import org.emworkbench.autodiscovery.tests.servers.Zone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.emw.contoso.discovery.AliasFinding;
import com.example.emw.contoso.discovery.Microsoft365AutodiscoverProvider;

/**
 * What the example provider reports, against EMW's test DNS servers on
 * loopback: BIND's named serving zones made for each case, and the in-process
 * responder for the faults named does not produce on demand.
 */
class Microsoft365AutodiscoverProviderTest {

    /**
     * The cases, one zone each. {@code outlook.com} stands in for Microsoft's
     * zone the way a recursive resolver would show it, with a loopback address.
     */
    private static final List<Zone> ZONES = List.of(
            new Zone("outlook.com", """
                    autodiscover CNAME autodiscover-s.outlook.com.
                    autodiscover-s A 127.0.0.1
                    """),
            new Zone("cloud.test", "autodiscover CNAME autodiscover.outlook.com.\n"),
            new Zone("inhouse.test", """
                    autodiscover CNAME mail.inhouse.test.
                    mail A 127.0.0.1
                    mail AAAA ::1
                    """),
            new Zone("hosted.test", "autodiscover CNAME mail." + TestZones.HOSTER + ".\n"),
            new Zone("onprem.test", "autodiscover A 127.0.0.1\n"),
            new Zone("textonly.test", "autodiscover TXT \"no alias, no address\"\n"),
            new Zone("dangling.test", "autodiscover CNAME gone.dangling.test.\n"),
            new Zone("aliasloop.test", """
                    autodiscover CNAME round.aliasloop.test.
                    round CNAME autodiscover.aliasloop.test.
                    """),
            new Zone("leakalias.test", "autodiscover CNAME autodiscover.com.br.\n"));

    private static NamedServer named;

    @BeforeAll
    static void startNamed() throws IOException {
        named = NamedServer.start(ZONES);
    }

    @AfterAll
    static void stopNamed() {
        if (named != null) {
            named.close();
        }
    }

    @Test
    void anAliasOfExchangeOnlineIsFollowedToItsAddressesWithoutFinding() {
        TraceRecorder trace = discover("alice@cloud.test", named.settings());
        assertEquals(List.of(), trace.findings(), dump(trace));
        assertEquals(List.of(
                new DiscoveredValue(Microsoft365AutodiscoverProvider.ALIAS,
                        "autodiscover.cloud.test. -> autodiscover.outlook.com. -> autodiscover-s.outlook.com."),
                new DiscoveredValue(Microsoft365AutodiscoverProvider.ADDRESS, "127.0.0.1")), trace.results());
        TraceStep check = last(trace);
        assertEquals(StepKind.CHECK, check.kind());
        assertEquals(StepStatus.OK, check.status());
        assertEquals("to Exchange Online (autodiscover.outlook.com)", check.outcome());
    }

    @Test
    void everyQueryIsAStepWithTheAnswerAndOnlyTheConfiguredServerIsAsked() {
        TraceRecorder trace = discover("inhouse.test", named.settings());
        String server = " @" + named.dnsServer() + " (UDP)";
        List<TraceStep> queries = trace.steps().stream().filter(step -> step.kind() == StepKind.DNS).toList();
        assertEquals(List.of("CNAME autodiscover.inhouse.test" + server, "A mail.inhouse.test" + server,
                "AAAA mail.inhouse.test" + server), queries.stream().map(TraceStep::title).toList(), dump(trace));
        assertEquals(List.of("autodiscover.inhouse.test. 300 IN CNAME mail.inhouse.test."), queries.get(0).details());
        assertTrue(queries.stream().allMatch(step -> step.status() == StepStatus.OK), dump(trace));
    }

    @Test
    void anAliasInsideTheMailDomainIsFine() {
        TraceRecorder trace = discover("bob@inhouse.test", named.settings());
        assertEquals(List.of(), trace.findings(), dump(trace));
        assertEquals(List.of(
                new DiscoveredValue(Microsoft365AutodiscoverProvider.ALIAS,
                        "autodiscover.inhouse.test. -> mail.inhouse.test."),
                new DiscoveredValue(Microsoft365AutodiscoverProvider.ADDRESS, "127.0.0.1"),
                new DiscoveredValue(Microsoft365AutodiscoverProvider.ADDRESS, "::1")), trace.results());
        assertEquals("inside inhouse.test", last(trace).outcome());
    }

    @Test
    void anAliasOfAnotherCompanysHostIsAWarning() {
        TraceRecorder trace = discover("hosted.test", named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.ELSEWHERE);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("autodiscover.hosted.test", finding.subject());
        assertTrue(finding.message().contains("mail.hoster.example, outside hosted.test"), finding.message());
        assertFalse(finding.fix().isBlank());
        assertEquals(StepStatus.FAILED, last(trace).status());
        // The host itself resolves, so this is about where passwords go, not about a broken name.
        assertTrue(trace.results().contains(new DiscoveredValue(Microsoft365AutodiscoverProvider.ADDRESS, "127.0.0.1")),
                dump(trace));
    }

    @Test
    void noNameAtAllIsInformation() {
        TraceRecorder trace = discover("carol@" + TestZones.NONE, named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.NONE);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("does not exist (NXDOMAIN)"), finding.message());
        assertEquals(1, trace.steps().size(), "nothing more is asked about a name that does not exist");
        assertEquals(StepStatus.ABSENT, trace.steps().get(0).status());
    }

    @Test
    void aNameWithNeitherAliasNorAddressIsInformation() {
        TraceRecorder trace = discover("textonly.test", named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.NONE);
        assertTrue(finding.message().contains("neither a CNAME nor an address"), finding.message());
        assertEquals(List.of(), trace.results());
    }

    @Test
    void aHostOfItsOwnIsInformation() {
        TraceRecorder trace = discover("onprem.test", named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.OWN_HOST);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("is a host of its own (127.0.0.1)"), finding.message());
        assertEquals(List.of(new DiscoveredValue(Microsoft365AutodiscoverProvider.ADDRESS, "127.0.0.1")),
                trace.results());
    }

    @Test
    void anAliasOfANameWithoutAddressIsDangling() {
        TraceRecorder trace = discover("dangling.test", named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.DANGLING);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("leads to gone.dangling.test, which has no address"), finding.message());
        assertTrue(trace.steps().stream().anyMatch(step -> step.title().startsWith("A gone.dangling.test ")),
                dump(trace));
        assertTrue(trace.steps().stream().noneMatch(step -> step.title().startsWith("AAAA gone.dangling.test ")),
                "a name that does not exist is not asked for AAAA after A: " + dump(trace));
    }

    @Test
    void aLoopOfAliasesIsDangling() {
        TraceRecorder trace = discover("aliasloop.test", named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.DANGLING);
        assertTrue(finding.message().contains("go round in a loop"), finding.message());
    }

    @Test
    void anAliasOfAutodiscoverAtAPublicSuffixIsAnErrorAndNeverAsked() {
        TraceRecorder trace = discover("leakalias.test", named.settings());
        DiscoveryFinding finding = only(trace, AliasFinding.PUBLIC_SUFFIX);
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().contains("autodiscover.com.br"), finding.message());
        assertTrue(trace.steps().stream().noneMatch(step -> step.kind() == StepKind.DNS
                && step.title().contains("autodiscover.com.br")),
                dump(trace));
    }

    @Test
    void aPublicSuffixAsMailDomainIsNotAsked() {
        TraceRecorder trace = discover("someone@co.uk", named.settings());
        assertEquals(List.of(), trace.findings());
        assertEquals(1, trace.steps().size());
        assertEquals(StepKind.CHECK, trace.steps().get(0).kind());
        assertEquals(StepStatus.SKIPPED, trace.steps().get(0).status());
    }

    @Test
    void servfailIsUnknownNeverAbsent() throws IOException {
        try (FaultyDnsResponder responder = FaultyDnsResponder.start()
                .behave("autodiscover.broken.test", Behaviour.SERVFAIL)) {
            TraceRecorder trace = discover("broken.test", responder.settings(Duration.ofMillis(500), 0));
            DiscoveryFinding finding = only(trace, AliasFinding.UNANSWERED);
            assertEquals(Severity.UNKNOWN, finding.severity());
            assertTrue(finding.message().contains("SERVFAIL"), finding.message());
            assertEquals(StepStatus.UNKNOWN, trace.steps().get(0).status());
        }
    }

    @Test
    void silenceIsAskedAgainAsOftenAsTheSettingsSayThenUnknown() throws IOException {
        try (FaultyDnsResponder responder = FaultyDnsResponder.start().behaveByDefault(Behaviour.SILENCE)) {
            TraceRecorder trace = discover("quiet.test", responder.settings(Duration.ofMillis(200), 2));
            assertEquals(Severity.UNKNOWN, only(trace, AliasFinding.UNANSWERED).severity());
            assertEquals(3, responder.count("UDP", "autodiscover.quiet.test"), "one try and two retries");
            assertEquals("no answer in 200 ms (3 tries)", trace.steps().get(0).outcome());
        }
    }

    @Test
    void aFailureAfterTheAliasIsUnknownForTheTarget() throws IOException {
        try (FaultyDnsResponder responder = FaultyDnsResponder.start()
                .records("autodiscover.half.test. 300 IN CNAME autodiscover.outlook.com.\n")
                .behave("autodiscover.outlook.com", Behaviour.REFUSED)) {
            TraceRecorder trace = discover("half.test", responder.settings(Duration.ofMillis(500), 0));
            DiscoveryFinding finding = only(trace, AliasFinding.UNANSWERED);
            assertTrue(finding.message().startsWith("The address lookup of autodiscover.outlook.com"),
                    finding.message());
            // Where the alias points is known all the same.
            assertEquals("to Exchange Online (autodiscover.outlook.com)", last(trace).outcome());
            assertEquals(List.of("autodiscover.half.test.", "autodiscover.outlook.com."),
                    responder.received().stream().map(FaultyDnsResponder.Received::name).distinct().toList());
        }
    }

    @Test
    void theNextServerIsAskedWhenTheFirstIsSilent() throws IOException {
        try (FaultyDnsResponder silent = FaultyDnsResponder.start().behaveByDefault(Behaviour.SILENCE)) {
            DiscoverySettings settings = named.settings()
                    .withDnsServers(List.of(silent.address(), named.address()))
                    .withDnsTimeout(Duration.ofMillis(200), 0);
            TraceRecorder trace = discover("inhouse.test", settings);
            assertEquals(List.of(), trace.findings(), dump(trace));
            assertEquals(StepStatus.UNKNOWN, trace.steps().get(0).status());
            assertTrue(trace.steps().get(0).title().endsWith("@" + silent.dnsServer() + " (UDP)"));
            assertEquals(StepStatus.OK, trace.steps().get(1).status());
            assertTrue(trace.steps().get(1).title().endsWith("@" + named.dnsServer() + " (UDP)"));
        }
    }

    @Test
    void aTruncatedAnswerIsAskedAgainOverTcp() throws IOException {
        try (FaultyDnsResponder responder = FaultyDnsResponder.start()
                .records("autodiscover.big.test. 300 IN CNAME mail.big.test.\nmail.big.test. 300 IN A 127.0.0.1\n")
                .behave("autodiscover.big.test", Behaviour.TRUNCATE_UDP)) {
            TraceRecorder trace = discover("big.test", responder.settings(Duration.ofMillis(500), 0));
            assertEquals(List.of(), trace.findings(), dump(trace));
            assertEquals(1, responder.count("TCP", "autodiscover.big.test"));
            assertTrue(trace.steps().get(1).title().endsWith(" (TCP)"), dump(trace));
            assertTrue(trace.results().contains(new DiscoveredValue(Microsoft365AutodiscoverProvider.ALIAS,
                    "autodiscover.big.test. -> mail.big.test.")), dump(trace));
        }
    }

    @Test
    void cancellingWhileWaitingStopsItAndFinishesTheStep() throws IOException {
        try (FaultyDnsResponder responder = FaultyDnsResponder.start().behaveByDefault(Behaviour.SILENCE)) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            TraceRecorder trace = new TraceRecorder();
            Thread canceller = new Thread(() -> {
                sleep(300);
                monitor.setCanceled(true);
            });
            canceller.start();
            long started = System.nanoTime();
            assertThrows(OperationCanceledException.class, () -> new Microsoft365AutodiscoverProvider().discover(
                    DiscoveryTarget.parse("slow.test"),
                    new DiscoveryContext(responder.settings(Duration.ofSeconds(30), 0)), trace, monitor));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10,
                    "it stopped long before the 30 s timeout");
            assertEquals(StepStatus.SKIPPED, trace.steps().get(0).status());
            assertEquals("cancelled", trace.steps().get(0).outcome());
        }
    }

    private static TraceRecorder discover(String target, DiscoverySettings settings) {
        TraceRecorder trace = new TraceRecorder();
        try (DiscoveryContext context = new DiscoveryContext(settings)) {
            new Microsoft365AutodiscoverProvider().discover(DiscoveryTarget.parse(target), context, trace,
                    new NullProgressMonitor());
        }
        return trace;
    }

    private static DiscoveryFinding only(TraceRecorder trace, AliasFinding kind) {
        assertEquals(List.of(kind.id()), trace.findings().stream().map(DiscoveryFinding::id).toList(), dump(trace));
        return trace.findings().get(0);
    }

    private static TraceStep last(TraceRecorder trace) {
        List<TraceStep> steps = trace.steps();
        return steps.get(steps.size() - 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the trace as text, for assertion messages */
    private static String dump(TraceRecorder trace) {
        List<String> lines = new ArrayList<>();
        for (TraceStep step : trace.steps()) {
            lines.add(step.kind() + " " + step.title() + " -> " + step.status() + ": " + step.outcome());
            step.details().forEach(detail -> lines.add("    | " + detail));
        }
        trace.findings().forEach(finding -> lines.add(finding.id() + " " + finding.severity() + " "
                + finding.subject() + ": " + finding.message()));
        trace.results().forEach(value -> lines.add("=> " + value.kind() + " " + value.value()));
        return String.join("\n", lines);
    }
}
