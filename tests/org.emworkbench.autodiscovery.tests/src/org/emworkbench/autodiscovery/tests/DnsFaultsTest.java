/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.DnsClient;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvAnswer;
import org.emworkbench.autodiscovery.internal.dns.SrvRecordProvider;
import org.emworkbench.autodiscovery.internal.dns.SrvTarget;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder.Behaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Faults a real server does not make on demand, from an in-process responder: none of them is "absent". */
class DnsFaultsTest {

    private static final String DOMAIN = "faulty.test";
    private static final String SRV_NAME = "_autodiscover._tcp." + DOMAIN;
    private static final String RECORDS = """
            _autodiscover._tcp.faulty.test. 300 IN SRV 0 0 443 mail.faulty.test.
            mail.faulty.test. 300 IN A 127.0.0.1
            """;
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private FaultyDnsResponder responder;

    @BeforeEach
    void startResponder() throws IOException {
        responder = FaultyDnsResponder.start().records(RECORDS);
    }

    @AfterEach
    void stopResponder() {
        responder.close();
    }

    private SrvAnswer srv(DiscoverySettings settings, TraceRecorder trace) {
        return DnsClient.create(settings).autodiscoverSrv(DOMAIN, trace, new NullProgressMonitor());
    }

    private TraceRecorder provider(int retries) {
        return Traces.run(new SrvRecordProvider(), DOMAIN,
                new DiscoveryContext(responder.settings(TIMEOUT, retries)));
    }

    @Test
    void silenceIsUnknownWithinTimeoutTimesTriesAndNeverAbsent() {
        responder.behave(SRV_NAME, Behaviour.SILENCE);
        long started = System.nanoTime();
        TraceRecorder trace = provider(2);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(TIMEOUT.multipliedBy(3).plusMillis(700)) < 0, "took " + took);
        assertTrue(took.compareTo(TIMEOUT.multipliedBy(3)) >= 0, "took " + took);
        assertEquals(List.of("AD-011"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(Severity.UNKNOWN, trace.findings().get(0).severity());
        assertEquals(3, responder.count("UDP", SRV_NAME), "one query and two retries");
        TraceStep step = trace.steps().get(0);
        assertEquals(StepStatus.UNKNOWN, step.status());
        assertEquals("timeout after 300 ms (3 tries)", step.outcome());
        assertEquals(3, step.details().size(), step.details().toString());
    }

    @Test
    void servfailIsUnknownAskedOnceAndNeverAbsent() {
        responder.behave(SRV_NAME, Behaviour.SERVFAIL);
        TraceRecorder trace = provider(2);
        assertEquals(List.of("AD-011"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(Severity.UNKNOWN, trace.findings().get(0).severity());
        assertTrue(trace.findings().get(0).message().contains("SERVFAIL"), trace.findings().get(0).message());
        assertEquals(1, responder.count("UDP", SRV_NAME), "SERVFAIL is an answer, not silence: no retry");
        assertEquals(StepStatus.UNKNOWN, trace.steps().get(0).status());
        assertEquals("SERVFAIL", trace.steps().get(0).outcome());
    }

    @Test
    void refusedIsAFailedAnswer() {
        responder.behave(SRV_NAME, Behaviour.REFUSED);
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(responder.settings(TIMEOUT, 1), trace);
        assertEquals(LookupStatus.FAILED, answer.status());
        assertEquals(StepStatus.FAILED, trace.steps().get(0).status());
        assertEquals("REFUSED", trace.steps().get(0).outcome());
        assertEquals(List.of("AD-011"), Traces.ids(provider(1)));
    }

    @ParameterizedTest
    @CsvSource({"MALFORMED, unusable answer: ", "WRONG_ID, unusable answer: invalid message id"})
    void anUnusableAnswerIsFailedNotAbsent(Behaviour behaviour, String outcome) {
        responder.behave(SRV_NAME, behaviour);
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(responder.settings(TIMEOUT, 1), trace);
        assertEquals(LookupStatus.FAILED, answer.status(), Traces.dump(trace));
        assertEquals(StepStatus.FAILED, trace.steps().get(0).status());
        assertTrue(trace.steps().get(0).outcome().startsWith(outcome), trace.steps().get(0).outcome());
        assertEquals(1, responder.count("UDP", SRV_NAME), "an unusable answer is not asked for again");
    }

    @Test
    void truncationOverUdpIsFollowedByTcp() {
        responder.behave(SRV_NAME, Behaviour.TRUNCATE_UDP);
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(responder.settings(TIMEOUT, 1), trace);
        assertEquals(LookupStatus.FOUND, answer.status(), Traces.dump(trace));
        assertEquals(List.of(new SrvTarget(0, 0, 443, "mail.faulty.test.")), answer.records());
        assertEquals(1, responder.count("UDP", SRV_NAME));
        assertEquals(1, responder.count("TCP", SRV_NAME));
        assertEquals(List.of("SRV " + SRV_NAME + " @" + responder.dnsServer() + " (UDP)",
                "SRV " + SRV_NAME + " @" + responder.dnsServer() + " (TCP)"),
                trace.steps().stream().map(TraceStep::title).toList());
    }

    @Test
    void aSilentServerIsFollowedByTheNextOne() throws IOException {
        try (FaultyDnsResponder silent = FaultyDnsResponder.start().behaveByDefault(Behaviour.SILENCE)) {
            DiscoverySettings settings = responder.settings(TIMEOUT, 0)
                    .withDnsServers(List.of(silent.address(), responder.address()));
            TraceRecorder trace = new TraceRecorder();
            SrvAnswer answer = srv(settings, trace);
            assertEquals(LookupStatus.FOUND, answer.status(), Traces.dump(trace));
            assertEquals(1, silent.count("UDP", SRV_NAME));
            assertEquals(List.of(StepStatus.UNKNOWN, StepStatus.OK),
                    trace.steps().stream().map(TraceStep::status).toList());
        }
    }

    @Test
    void aCnameToAnotherNameIsAskedAgain() {
        responder.records("""
                _autodiscover._tcp.chain.test. 300 IN CNAME autodiscover-srv.hoster.test.
                autodiscover-srv.hoster.test. 300 IN SRV 0 0 443 mail.hoster.test.
                """);
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = DnsClient.create(responder.settings(TIMEOUT, 0)).autodiscoverSrv("chain.test", trace,
                new NullProgressMonitor());
        assertEquals(List.of(new SrvTarget(0, 0, 443, "mail.hoster.test.")), answer.records(), Traces.dump(trace));
        assertEquals(1, responder.count("UDP", "autodiscover-srv.hoster.test"));
        assertEquals("1 CNAME, ends at autodiscover-srv.hoster.test", trace.steps().get(2).outcome());
    }

    @Test
    void aCnameLoopAcrossQueriesEnds() {
        responder.records("""
                _autodiscover._tcp.loop.test. 300 IN CNAME a.loop.test.
                a.loop.test. 300 IN CNAME b.loop.test.
                b.loop.test. 300 IN CNAME a.loop.test.
                """);
        SrvAnswer answer = DnsClient.create(responder.settings(TIMEOUT, 0)).autodiscoverSrv("loop.test",
                new TraceRecorder(), new NullProgressMonitor());
        assertEquals(LookupStatus.FAILED, answer.status());
        assertEquals("CNAME loop: _autodiscover._tcp.loop.test → a.loop.test → b.loop.test → a.loop.test",
                answer.detail());
    }

    @Test
    void aChainLongerThanEightCnamesEnds() {
        StringBuilder records = new StringBuilder("_autodiscover._tcp.long.test. 300 IN CNAME c1.long.test.\n");
        for (int i = 1; i <= 9; i++) {
            records.append("c").append(i).append(".long.test. 300 IN CNAME c").append(i + 1).append(".long.test.\n");
        }
        records.append("c10.long.test. 300 IN SRV 0 0 443 mail.long.test.\n");
        responder.records(records.toString());
        SrvAnswer answer = DnsClient.create(responder.settings(TIMEOUT, 0)).autodiscoverSrv("long.test",
                new TraceRecorder(), new NullProgressMonitor());
        assertEquals(LookupStatus.FAILED, answer.status());
        assertTrue(answer.detail().startsWith("more than 8 CNAMEs"), answer.detail());
        assertEquals(0, responder.count("UDP", "c9.long.test"), "the ninth CNAME is not followed");
    }

    @Test
    void cancellationStopsAWaitingQuery() throws InterruptedException {
        responder.behave(SRV_NAME, Behaviour.SILENCE);
        NullProgressMonitor monitor = new NullProgressMonitor();
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            canceller.schedule(() -> monitor.setCanceled(true), 300, TimeUnit.MILLISECONDS);
            TraceRecorder trace = new TraceRecorder();
            long started = System.nanoTime();
            assertThrows(OperationCanceledException.class, () -> DnsClient
                    .create(responder.settings(Duration.ofSeconds(10), 3)).autodiscoverSrv(DOMAIN, trace, monitor));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);
            assertEquals(1, responder.count("UDP", SRV_NAME), "no retry after cancellation");
            assertEquals(StepStatus.SKIPPED, trace.steps().get(0).status());
            assertEquals("cancelled", trace.steps().get(0).outcome());
        } finally {
            canceller.shutdownNow();
        }
    }

    @Test
    void aCancelledMonitorSendsNothing() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> DnsClient.create(responder.settings(TIMEOUT, 0))
                .autodiscoverSrv(DOMAIN, new TraceRecorder(), monitor));
        assertFalse(responder.received().stream().anyMatch(query -> query.name().startsWith("_autodiscover")));
    }
}
