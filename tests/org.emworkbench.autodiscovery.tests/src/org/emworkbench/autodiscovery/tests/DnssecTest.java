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

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.DnsClient;
import org.emworkbench.autodiscovery.internal.dns.DnssecStatus;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvAnswer;
import org.emworkbench.autodiscovery.internal.dns.SrvRecordProvider;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder.Behaviour;
import org.emworkbench.autodiscovery.tests.servers.NamedServerExtension;
import org.emworkbench.autodiscovery.tests.servers.TestZones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DNSSEC through dnsjava's validating resolver, from DS records of zones BIND serves signed. */
class DnssecTest {

    @RegisterExtension
    static final NamedServerExtension NAMED = new NamedServerExtension();

    private static DiscoverySettings validating() {
        return NAMED.server().settings().withTrustAnchors(NAMED.server().trustAnchors());
    }

    private static SrvAnswer srv(DiscoverySettings settings, String domain, TraceRecorder trace) {
        return DnsClient.create(settings).autodiscoverSrv(domain, trace, new NullProgressMonitor());
    }

    @Test
    void aSignedZoneIsSecureAndTheValidatorsQueriesAreInTheTrace() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(validating(), TestZones.SIGNED, trace);
        assertEquals(LookupStatus.FOUND, answer.status(), Traces.dump(trace));
        assertEquals(DnssecStatus.SECURE, answer.dnssec());
        TraceStep validated = trace.steps().get(0);
        assertEquals("SRV _autodiscover._tcp.signed.test, validated with DNSSEC", validated.title());
        assertEquals("SECURE, NOERROR, 1 record", validated.outcome());
        List<String> queries = validated.children().stream().map(TraceStep::title).toList();
        assertTrue(queries.contains("SRV _autodiscover._tcp.signed.test @" + NAMED.server().dnsServer() + " (UDP)"),
                queries.toString());
        assertTrue(queries.contains("DNSKEY signed.test @" + NAMED.server().dnsServer() + " (UDP)"), queries.toString());
    }

    @Test
    void aTamperedZoneIsBogusWithTheValidatorsReasonAndAd006() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(validating(), TestZones.BOGUS, trace);
        assertEquals(LookupStatus.BOGUS, answer.status(), Traces.dump(trace));
        assertEquals(DnssecStatus.BOGUS, answer.dnssec());
        assertEquals(List.of(), answer.records(), "a bogus answer is not used");
        assertFalse(answer.detail().isBlank());
        TraceStep validated = trace.steps().get(0);
        assertEquals(StepStatus.FAILED, validated.status());
        assertTrue(validated.outcome().startsWith("BOGUS: "), validated.outcome());

        TraceRecorder provider = Traces.run(new SrvRecordProvider(), TestZones.BOGUS,
                new DiscoveryContext(validating()));
        assertEquals(List.of("AD-006"), Traces.ids(provider), Traces.dump(provider));
        assertEquals(Severity.ERROR, provider.findings().get(0).severity());
        assertTrue(provider.results().contains(new DiscoveredValue("DNSSEC", "BOGUS")));
    }

    @Test
    void withoutTrustAnchorsNothingIsChecked() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(NAMED.server().settings(), TestZones.BOGUS, trace);
        assertEquals(LookupStatus.FOUND, answer.status());
        assertEquals(DnssecStatus.UNCHECKED, answer.dnssec());
        assertEquals(444, answer.records().get(0).port(), "unchecked, the tampered record is taken as it is");
    }

    @Test
    void aZoneNoAnchorCoversIsInsecure() {
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer = srv(validating(), TestZones.GOOD, trace);
        assertEquals(LookupStatus.FOUND, answer.status(), Traces.dump(trace));
        assertEquals(DnssecStatus.INSECURE, answer.dnssec());
    }

    @Test
    void theSecureProviderRunHasNoFindingsAndReportsTheState() {
        TraceRecorder trace = Traces.run(new SrvRecordProvider(), "alice@" + TestZones.SIGNED,
                new DiscoveryContext(validating()));
        assertEquals(List.of(), trace.findings(), Traces.dump(trace));
        assertEquals(List.of(new DiscoveredValue("SRV", "0 0 443 mail.signed.test."),
                new DiscoveredValue("DNSSEC", "SECURE")), trace.results());
    }

    @Test
    void aCancelledValidationEndsAsCancelled() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        TraceRecorder trace = new TraceRecorder();
        assertThrows(OperationCanceledException.class,
                () -> DnsClient.create(validating()).autodiscoverSrv(TestZones.SIGNED, trace, monitor));
        assertEquals(StepStatus.SKIPPED, trace.steps().get(0).status());
        assertEquals("cancelled", trace.steps().get(0).outcome());
    }

    @Test
    void aSilentServerLeavesTheAnswerUnknownNotBogus() throws IOException {
        try (FaultyDnsResponder silent = FaultyDnsResponder.start().behaveByDefault(Behaviour.SILENCE)) {
            DiscoverySettings settings = silent.settings(Duration.ofMillis(200), 0)
                    .withTrustAnchors(NAMED.server().trustAnchors());
            TraceRecorder trace = Traces.run(new SrvRecordProvider(), TestZones.SIGNED, new DiscoveryContext(settings));
            assertEquals(List.of("AD-011"), Traces.ids(trace), Traces.dump(trace));
            assertEquals(StepStatus.UNKNOWN, trace.steps().get(0).status());
            assertTrue(trace.steps().get(0).outcome().startsWith("not validated: "), trace.steps().get(0).outcome());
        }
    }
}
