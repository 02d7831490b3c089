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

import java.util.List;
import java.util.Map;

import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.ExpectedSrvRecord;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.SrvRecordProvider;
import org.emworkbench.autodiscovery.tests.servers.NamedServerExtension;
import org.emworkbench.autodiscovery.tests.servers.TestZones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SRV provider against BIND serving a zone per scenario: each finding, and what a client would use. */
class SrvRecordProviderTest {

    @RegisterExtension
    static final NamedServerExtension NAMED = new NamedServerExtension();

    private static TraceRecorder discover(String target) {
        return discover(target, new DiscoveryContext(NAMED.server().settings().withSrvSeed(7L)));
    }

    private static TraceRecorder discover(String target, DiscoveryContext context) {
        return Traces.run(new SrvRecordProvider(), target, context);
    }

    private static DiscoveryContext expecting(String domain, ExpectedSrvRecord... records) {
        return new DiscoveryContext(NAMED.server().settings(),
                Map.of(domain, new DomainExpectation(domain, List.of(records), null, null)));
    }

    @Test
    void aGoodRecordHasNoFindingsAndIsWhatAClientUses() {
        TraceRecorder trace = discover("alice@" + TestZones.GOOD);
        assertEquals(List.of(), trace.findings(), Traces.dump(trace));
        assertEquals(List.of(new DiscoveredValue("SRV", "0 0 443 mail.good.test."),
                new DiscoveredValue("DNSSEC", "UNCHECKED")), trace.results());
        TraceStep srv = trace.steps().get(0);
        assertEquals("SRV _autodiscover._tcp.good.test @" + NAMED.server().dnsServer() + " (UDP)", srv.title());
        assertEquals(StepStatus.OK, srv.status());
        assertEquals("NOERROR, 1 record", srv.outcome());
        assertTrue(srv.details().stream().anyMatch(line -> line.matches(
                "_autodiscover\\._tcp\\.good\\.test\\.\\s+300\\s+IN\\s+SRV\\s+0 0 443 mail\\.good\\.test\\.")),
                srv.details().toString());
        assertTrue(trace.steps().stream().anyMatch(step -> step.title().startsWith("A mail.good.test @")
                && step.status() == StepStatus.OK), Traces.dump(trace));
        assertTrue(trace.steps().stream().anyMatch(step -> step.title().startsWith("AAAA mail.good.test @")
                && step.status() == StepStatus.OK), Traces.dump(trace));
    }

    @Test
    void aMissingNameIsAd001AndSaysNxdomain() {
        TraceRecorder trace = discover(TestZones.NONE);
        List<DiscoveryFinding> findings = Traces.findings(trace, "AD-001");
        assertEquals(1, findings.size(), Traces.dump(trace));
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("NXDOMAIN"), findings.get(0).message());
        assertEquals(StepStatus.ABSENT, trace.steps().get(0).status());
        assertEquals("NXDOMAIN", trace.steps().get(0).outcome());
    }

    @Test
    void aNameWithoutSrvRecordIsAd001AndSaysNoData() {
        TraceRecorder trace = discover(TestZones.NO_DATA);
        List<DiscoveryFinding> findings = Traces.findings(trace, "AD-001");
        assertEquals(1, findings.size(), Traces.dump(trace));
        assertTrue(findings.get(0).message().contains("no SRV record"), findings.get(0).message());
        assertEquals("NOERROR, no SRV records", trace.steps().get(0).outcome());
    }

    @Test
    void aTargetAtAnotherOwnerIsAd002() {
        TraceRecorder trace = discover(TestZones.OUTSIDE);
        assertEquals(List.of("AD-002"), Traces.ids(trace), Traces.dump(trace));
        DiscoveryFinding finding = trace.findings().get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("mail.hoster.example", finding.subject());
        assertTrue(finding.message().contains("outside its registrable domain"), finding.message());
    }

    @Test
    void aTargetElsewhereInTheSameRegistrableDomainIsAd002SayingSo() {
        TraceRecorder trace = discover(TestZones.SALES_FABRIKAM);
        assertEquals(List.of("AD-002"), Traces.ids(trace), Traces.dump(trace));
        assertTrue(trace.findings().get(0).message().contains("within the same registrable domain fabrikam.co.uk"),
                trace.findings().get(0).message());
    }

    @Test
    void autodiscoverAtAPublicSuffixIsAd003AndIsNeverLookedUp() {
        TraceRecorder trace = discover(TestZones.LEAK);
        assertEquals(List.of("AD-003"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(Severity.ERROR, trace.findings().get(0).severity());
        assertTrue(trace.findings().get(0).message().contains("com.br"), trace.findings().get(0).message());
        assertFalse(Traces.flatten(trace.steps()).stream()
                .anyMatch(step -> step.title().contains("autodiscover.com.br")), Traces.dump(trace));
    }

    @Test
    void aPortOtherThan443IsAd004() {
        TraceRecorder trace = discover(TestZones.PORT);
        assertEquals(List.of("AD-004"), Traces.ids(trace), Traces.dump(trace));
        assertTrue(trace.findings().get(0).message().contains("8443"), trace.findings().get(0).message());
    }

    @Test
    void theDotTargetIsAd005AndIsNotLookedUp() {
        TraceRecorder trace = discover(TestZones.DOT);
        assertEquals(List.of("AD-005"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(1, trace.steps().size(), Traces.dump(trace));
        assertEquals(new DiscoveredValue("SRV", "0 0 0 ."), trace.results().get(0));
    }

    @Test
    void aTargetWithoutAddressIsAWarningWhenAnotherTargetResolves() {
        TraceRecorder trace = discover(TestZones.NO_ADDRESS);
        assertEquals(List.of("AD-001"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(Severity.WARNING, trace.findings().get(0).severity());
        assertEquals("gone.noaddr.test", trace.findings().get(0).subject());
    }

    @Test
    void anOnlyTargetWithoutAddressIsAnError() {
        TraceRecorder trace = discover(TestZones.LAME);
        assertEquals(List.of("AD-001"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(Severity.ERROR, trace.findings().get(0).severity());
        assertTrue(trace.findings().get(0).message().contains("NXDOMAIN"), trace.findings().get(0).message());
    }

    @Test
    void aModelledTargetWithoutAddressIsAd007() {
        TraceRecorder trace = discover(TestZones.LAME,
                expecting(TestZones.LAME, new ExpectedSrvRecord(0, 0, 443, "gone.lame.test.")));
        assertEquals(List.of("AD-007"), Traces.ids(trace), Traces.dump(trace));
        assertTrue(trace.findings().get(0).message().contains("gone.lame.test"), trace.findings().get(0).message());
    }

    @Test
    void liveRecordsAreComparedWithTheModel() {
        TraceRecorder matching = discover(TestZones.GOOD,
                expecting(TestZones.GOOD, new ExpectedSrvRecord(0, 0, 443, "MAIL.good.test")));
        assertEquals(List.of(), matching.findings(), Traces.dump(matching));
        assertTrue(matching.steps().stream().anyMatch(step -> step.title().startsWith("Compare")
                && step.status() == StepStatus.OK && step.outcome().equals("matches the model")),
                Traces.dump(matching));

        TraceRecorder differing = discover(TestZones.TWO_HOSTS, expecting(TestZones.TWO_HOSTS,
                new ExpectedSrvRecord(0, 60, 443, "mail1.twohosts.test."),
                new ExpectedSrvRecord(5, 20, 8443, "mail2.twohosts.test."),
                new ExpectedSrvRecord(0, 0, 443, "old.twohosts.test.")));
        List<String> messages = Traces.findings(differing, "AD-007").stream().map(DiscoveryFinding::message).toList();
        assertEquals(4, messages.size(), Traces.dump(differing));
        assertTrue(messages.contains("The record for mail2.twohosts.test. is published with priority 0 instead of 5,"
                + " port 443 instead of 8443 (model: 5 20 8443 mail2.twohosts.test.)."), messages.toString());
        assertTrue(messages.contains("The model's record 0 0 443 old.twohosts.test. is not published."),
                messages.toString());
        assertTrue(messages.contains("The published record 0 0 443 mail3.twohosts.test. is not in the model."),
                messages.toString());
        assertTrue(messages.contains("The published record 10 0 443 backup.twohosts.test. is not in the model."),
                messages.toString());
    }

    @Test
    void aMissingRecordTheModelExpectsIsBothAd001AndAd007() {
        TraceRecorder trace = discover(TestZones.NONE,
                expecting(TestZones.NONE, new ExpectedSrvRecord(0, 0, 443, "mail.none.test.")));
        assertEquals(List.of("AD-001", "AD-007"), Traces.ids(trace), Traces.dump(trace));
    }

    @Test
    void recordsComeInClientOrderPrioritiesFirst() {
        TraceRecorder trace = discover(TestZones.TWO_HOSTS);
        List<String> srv = trace.results().stream().filter(value -> value.kind().equals("SRV"))
                .map(DiscoveredValue::value).toList();
        assertEquals(4, srv.size(), Traces.dump(trace));
        assertTrue(srv.subList(0, 3).stream().allMatch(value -> value.startsWith("0 ")), srv.toString());
        assertEquals("10 0 443 backup.twohosts.test.", srv.get(3));
        assertEquals(srv, discover(TestZones.TWO_HOSTS).results().stream()
                .filter(value -> value.kind().equals("SRV")).map(DiscoveredValue::value).toList(),
                "the same seed gives the same order");
    }
}
