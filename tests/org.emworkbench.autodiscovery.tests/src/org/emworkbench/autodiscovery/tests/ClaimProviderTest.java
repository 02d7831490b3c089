/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.claim.AutoDiscoveryClaimProvider;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder.Behaviour;
import org.emworkbench.autodiscovery.tests.servers.NamedServerExtension;
import org.emworkbench.autodiscovery.tests.servers.TestZones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Citrix AutoDiscovery claim: the model's token in the domain's TXT records. */
class ClaimProviderTest {

    @RegisterExtension
    static final NamedServerExtension NAMED = new NamedServerExtension();

    private static DiscoveryContext claiming(DiscoverySettings settings, String domain, String token) {
        return new DiscoveryContext(settings, Map.of(domain, new DomainExpectation(domain, List.of(), token, null)));
    }

    private static TraceRecorder discover(String domain, String token) {
        return Traces.run(new AutoDiscoveryClaimProvider(), "alice@" + domain,
                claiming(NAMED.server().settings(), domain, token));
    }

    @Test
    void aPublishedTokenIsFoundInsideALongerTxtRecord() {
        TraceRecorder trace = discover(TestZones.CLAIMED, TestZones.CLAIM_TOKEN);
        assertEquals(List.of(), trace.findings(), Traces.dump(trace));
        assertEquals(List.of(new DiscoveredValue("TXT", "citrix-autodiscovery=" + TestZones.CLAIM_TOKEN)),
                trace.results());
        TraceStep check = trace.steps().get(trace.steps().size() - 1);
        assertEquals(StepKind.CHECK, check.kind());
        assertEquals(StepStatus.OK, check.status());
    }

    @Test
    void anotherTokenIsAd010() {
        TraceRecorder trace = discover(TestZones.CLAIMED, "emw-claim-other");
        assertEquals(List.of("AD-010"), Traces.ids(trace), Traces.dump(trace));
        assertEquals(Severity.ERROR, trace.findings().get(0).severity());
        assertTrue(trace.findings().get(0).message().contains("none of the 2 TXT records of claimed.test contains it"),
                trace.findings().get(0).message());
    }

    @Test
    void aDomainWithoutTxtRecordsIsAd010() {
        TraceRecorder trace = discover(TestZones.PORT, TestZones.CLAIM_TOKEN);
        assertEquals(List.of("AD-010"), Traces.ids(trace), Traces.dump(trace));
        assertTrue(trace.findings().get(0).message().contains("port.test has no TXT record"),
                trace.findings().get(0).message());
    }

    @Test
    void withoutATokenInTheModelNothingIsAsked() {
        TraceRecorder trace = Traces.run(new AutoDiscoveryClaimProvider(), TestZones.CLAIMED,
                new DiscoveryContext(NAMED.server().settings()));
        assertEquals(List.of(), trace.findings());
        assertEquals(1, trace.steps().size());
        assertEquals(StepStatus.SKIPPED, trace.steps().get(0).status());
        assertEquals("no claim token in the model for claimed.test", trace.steps().get(0).outcome());
    }

    @Test
    void anUnansweredLookupIsAd011NotAd010() throws IOException {
        try (FaultyDnsResponder responder = FaultyDnsResponder.start().behaveByDefault(Behaviour.SILENCE)) {
            TraceRecorder trace = Traces.run(new AutoDiscoveryClaimProvider(), "claimed.test",
                    claiming(responder.settings(Duration.ofMillis(200), 0), "claimed.test", TestZones.CLAIM_TOKEN));
            assertEquals(List.of("AD-011"), Traces.ids(trace), Traces.dump(trace));
            assertEquals(Severity.UNKNOWN, trace.findings().get(0).severity());
        }
    }
}
