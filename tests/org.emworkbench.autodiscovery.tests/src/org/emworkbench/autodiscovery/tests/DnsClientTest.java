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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.AddressAnswer;
import org.emworkbench.autodiscovery.internal.dns.DnsClient;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvAnswer;
import org.emworkbench.autodiscovery.internal.dns.SrvTarget;
import org.emworkbench.autodiscovery.internal.dns.TxtAnswer;
import org.emworkbench.autodiscovery.tests.servers.NamedServerExtension;
import org.emworkbench.autodiscovery.tests.servers.TestZones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DNS client against BIND: transports, CNAME chains, the answer cache and an IPv6 server address. */
class DnsClientTest {

    @RegisterExtension
    static final NamedServerExtension NAMED = new NamedServerExtension();

    private static DnsLookups client() {
        return DnsClient.create(NAMED.server().settings());
    }

    @Test
    void aTruncatedUdpAnswerIsAskedAgainOverTcpAndBothAreSteps() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = client().autodiscoverSrv(TestZones.BIG, trace, new NullProgressMonitor());
        assertEquals(LookupStatus.FOUND, answer.status(), answer.detail());
        assertEquals(TestZones.BIG_RECORDS, answer.records().size());
        List<TraceStep> steps = trace.steps();
        assertEquals(2, steps.size(), Traces.dump(trace));
        assertEquals("SRV _autodiscover._tcp.big.test @" + NAMED.server().dnsServer() + " (UDP)", steps.get(0).title());
        assertEquals("UDP: truncated (TC), asking again over TCP", steps.get(0).outcome());
        assertTrue(steps.get(0).details().get(0).contains(" tc"), steps.get(0).details().toString());
        assertEquals("SRV _autodiscover._tcp.big.test @" + NAMED.server().dnsServer() + " (TCP)", steps.get(1).title());
        assertEquals(StepStatus.OK, steps.get(1).status());
        assertEquals("NOERROR, " + TestZones.BIG_RECORDS + " records", steps.get(1).outcome());
    }

    @Test
    void aCnameChainIsFollowedAndShown() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = client().autodiscoverSrv(TestZones.CNAME, trace, new NullProgressMonitor());
        assertEquals(LookupStatus.FOUND, answer.status(), Traces.dump(trace));
        assertEquals(List.of(new SrvTarget(0, 0, 443, "mail.cname.test.")), answer.records());
        TraceStep chain = trace.steps().stream().filter(step -> step.kind() == StepKind.CHECK).findFirst()
                .orElseThrow(() -> new AssertionError(Traces.dump(trace)));
        assertEquals("CNAME chain of _autodiscover._tcp.cname.test", chain.title());
        assertEquals(List.of("_autodiscover._tcp.cname.test → alias.cname.test → srv.cname.test"), chain.details());
        assertEquals("2 CNAMEs, ends at srv.cname.test", chain.outcome());
    }

    @Test
    void bindAnswersACnameLoopWithServfailWhichIsUnknownNotAbsent() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = client().autodiscoverSrv(TestZones.CNAME_LOOP, trace, new NullProgressMonitor());
        assertEquals(LookupStatus.FAILED, answer.status(), Traces.dump(trace));
        TraceStep step = trace.steps().get(0);
        assertEquals(StepStatus.UNKNOWN, step.status());
        assertEquals("SERVFAIL", step.outcome());
        // BIND gives the loop's CNAMEs and says why it stopped; both are in the trace.
        assertTrue(step.details().stream().anyMatch(line -> line.contains("max. restarts reached")),
                step.details().toString());
        assertEquals(2, step.details().stream().filter(line -> line.contains("CNAME")).count(),
                step.details().toString());
    }

    @Test
    void aSecondLookupIsAnsweredFromTheCacheAndSaysSo() {
        DnsLookups client = client();
        client.autodiscoverSrv(TestZones.GOOD, new TraceRecorder(), new NullProgressMonitor());
        TraceRecorder again = new TraceRecorder();
        SrvAnswer answer = client.autodiscoverSrv(TestZones.GOOD, again, new NullProgressMonitor());
        assertEquals(LookupStatus.FOUND, answer.status());
        assertEquals(1, again.steps().size(), Traces.dump(again));
        TraceStep cached = again.steps().get(0);
        assertEquals("SRV _autodiscover._tcp.good.test (answer cache)", cached.title());
        assertEquals("NOERROR, 1 record (cached)", cached.outcome());
        assertEquals(StepStatus.OK, cached.status());

        TraceRecorder otherClient = new TraceRecorder();
        client().autodiscoverSrv(TestZones.GOOD, otherClient, new NullProgressMonitor());
        assertTrue(otherClient.steps().get(0).title().endsWith("(UDP)"), "each run has a cache of its own");
    }

    @Test
    void negativeAnswersAreCachedToo() {
        DnsLookups client = client();
        assertEquals(LookupStatus.NX_DOMAIN,
                client.autodiscoverSrv(TestZones.NONE, new TraceRecorder(), new NullProgressMonitor()).status());
        TraceRecorder again = new TraceRecorder();
        assertEquals(LookupStatus.NX_DOMAIN,
                client.autodiscoverSrv(TestZones.NONE, again, new NullProgressMonitor()).status());
        assertEquals("NXDOMAIN (cached)", again.steps().get(0).outcome());
        assertEquals(StepStatus.ABSENT, again.steps().get(0).status());
    }

    @Test
    void aCachedAnswerIsAskedAgainWhenItsTtlRunsOut() throws InterruptedException {
        DnsLookups client = client();
        String name = "short." + TestZones.GOOD;
        TxtAnswer first = client.txt(name, new TraceRecorder(), new NullProgressMonitor());
        assertEquals(List.of("kept for one second"), first.texts());
        Thread.sleep(1200);
        TraceRecorder later = new TraceRecorder();
        assertEquals(LookupStatus.FOUND, client.txt(name, later, new NullProgressMonitor()).status());
        assertTrue(later.steps().get(0).title().endsWith("(UDP)"), Traces.dump(later));
    }

    @Test
    void addressesComeFromARecordsThenAaaaRecords() throws IOException {
        TraceRecorder trace = new TraceRecorder();
        AddressAnswer answer = client().addresses("mail." + TestZones.GOOD, trace, new NullProgressMonitor());
        assertEquals(LookupStatus.FOUND, answer.status());
        assertEquals(List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")), answer.addresses());
        assertEquals(List.of("A mail.good.test @" + NAMED.server().dnsServer() + " (UDP)",
                "AAAA mail.good.test @" + NAMED.server().dnsServer() + " (UDP)"),
                trace.steps().stream().map(TraceStep::title).toList());
    }

    @Test
    void aNameThatDoesNotExistIsNotAskedForAaaa() {
        TraceRecorder trace = new TraceRecorder();
        AddressAnswer answer = client().addresses("gone." + TestZones.LAME, trace, new NullProgressMonitor());
        assertEquals(LookupStatus.NX_DOMAIN, answer.status());
        assertEquals(1, trace.steps().size(), Traces.dump(trace));
    }

    @Test
    void txtRecordsJoinTheirStrings() {
        TxtAnswer answer = client().txt(TestZones.CLAIMED, new TraceRecorder(), new NullProgressMonitor());
        assertEquals(LookupStatus.FOUND, answer.status());
        assertTrue(answer.texts().contains("citrix-autodiscovery=" + TestZones.CLAIM_TOKEN), answer.texts().toString());
        assertTrue(answer.texts().contains("v=spf1 -all"), answer.texts().toString());
    }

    @Test
    void anIpv6ServerAddressIsAskedInBrackets() {
        assumeTrue(NAMED.server().ipv6Address().isPresent(), "this machine has no IPv6 loopback address");
        DnsLookups client = DnsClient.create(
                NAMED.server().settings().withDnsServers(List.of(NAMED.server().ipv6Address().orElseThrow())));
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = client.autodiscoverSrv(TestZones.GOOD, trace, new NullProgressMonitor());
        assertEquals(LookupStatus.FOUND, answer.status(), Traces.dump(trace));
        assertEquals("SRV _autodiscover._tcp.good.test @[::1]:" + NAMED.server().port() + " (UDP)",
                trace.steps().get(0).title());
        assertFalse(trace.steps().get(0).details().isEmpty());
    }

    @Test
    void oneClientServesManyThreadsAtOnce() throws Exception {
        Map<String, Integer> recordCounts = Map.of(TestZones.GOOD, 1, TestZones.TWO_HOSTS, 4, TestZones.PORT, 1,
                TestZones.CNAME, 1, TestZones.BIG, TestZones.BIG_RECORDS, TestZones.CLAIMED, 1, TestZones.DOT, 1,
                TestZones.NONE, 0);
        List<String> domains = List.copyOf(recordCounts.keySet());
        DnsLookups client = client();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<SrvAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String domain = domains.get(i % domains.size());
                answers.add(pool.submit(
                        () -> client.autodiscoverSrv(domain, new TraceRecorder(), new NullProgressMonitor())));
            }
            for (int i = 0; i < answers.size(); i++) {
                String domain = domains.get(i % domains.size());
                SrvAnswer answer = answers.get(i).get(30, TimeUnit.SECONDS);
                assertEquals("_autodiscover._tcp." + domain, answer.name());
                assertEquals(domain.equals(TestZones.NONE) ? LookupStatus.NX_DOMAIN : LookupStatus.FOUND,
                        answer.status(), domain + ": " + answer.detail());
                assertEquals(recordCounts.get(domain), answer.records().size(), domain);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
