/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.emworkbench.autodiscovery.internal.dns.SrvTarget;
import org.emworkbench.autodiscovery.internal.exchange.Candidate;
import org.emworkbench.autodiscovery.internal.exchange.CandidateList;
import org.emworkbench.autodiscovery.internal.exchange.HostSafety;
import org.emworkbench.autodiscovery.internal.exchange.RedirectTracker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CandidateListTest {

    @Test
    void theDomainsCandidatesNeverLeaveTheDomain() {
        CandidateList list = CandidateList.forDomain("eu.contoso.co.uk");
        assertEquals(List.of(URI.create("https://eu.contoso.co.uk/Autodiscover/Autodiscover.xml"),
                URI.create("https://autodiscover.eu.contoso.co.uk/Autodiscover/Autodiscover.xml")),
                list.domainCandidates().stream().map(Candidate::url).toList());
        assertEquals(URI.create("http://autodiscover.eu.contoso.co.uk/Autodiscover/Autodiscover.xml"),
                list.redirectCheck().orElseThrow().url());
    }

    @ParameterizedTest
    @ValueSource(strings = { "com.br", "co.uk", "com", "github.io", "corp" })
    void aDomainNobodyOwnsGetsNoCandidate(String domain) {
        CandidateList list = CandidateList.forDomain(domain);
        assertTrue(list.refusal().isPresent(), domain);
        assertTrue(list.domainCandidates().isEmpty());
        assertTrue(list.redirectCheck().isEmpty());
        assertTrue(list.srvCandidates(List.of(new SrvTarget(0, 0, 443, "mail.example.com."))).isEmpty());
    }

    @Test
    void srvCandidatesKeepTheOrderAndThePortAndDropDotTargets() {
        List<Candidate> candidates = CandidateList.forDomain("contoso.com").srvCandidates(List.of(
                new SrvTarget(0, 0, 443, "."), new SrvTarget(0, 10, 443, "mail.contoso.com."),
                new SrvTarget(5, 0, 8443, "backup.contoso.net.")));
        assertEquals(List.of(URI.create("https://mail.contoso.com/Autodiscover/Autodiscover.xml"),
                URI.create("https://backup.contoso.net:8443/Autodiscover/Autodiscover.xml")),
                candidates.stream().map(Candidate::url).toList());
    }

    @Test
    void hostSafetyRefusesTheLeakPatternAndPublicSuffixesOnly() {
        assertTrue(HostSafety.refusal("Autodiscover.com.br.").isPresent());
        assertTrue(HostSafety.refusal("co.uk").isPresent());
        assertFalse(HostSafety.refusal("autodiscover.contoso.com.br").isPresent());
        assertFalse(HostSafety.refusal("autodiscover.contoso.test").isPresent());
        assertTrue(HostSafety.sameOwner("mail.contoso.com", "eu.contoso.com"));
        assertFalse(HostSafety.sameOwner("autodiscover.outlook.com", "contoso.com"));
    }

    @Test
    void aRedirectPathFindsLoopsAndCountsRedirects() {
        URI a = URI.create("https://a.contoso.com/Autodiscover/Autodiscover.xml");
        URI b = URI.create("https://b.contoso.com/Autodiscover/Autodiscover.xml");
        RedirectTracker start = RedirectTracker.start("alice@contoso.com", 1);
        RedirectTracker atA = ((RedirectTracker.Continue) start.visit(a)).tracker();
        RedirectTracker atB = ((RedirectTracker.Continue) atA.redirect(b)).tracker();
        assertEquals(1, atB.redirects());
        RedirectTracker.Loop loop = (RedirectTracker.Loop) atB.visit(URI.create("HTTPS://A.contoso.com/autodiscover/autodiscover.xml"));
        assertEquals(List.of("address alice@contoso.com", a.toString(), b.toString(),
                "HTTPS://A.contoso.com/autodiscover/autodiscover.xml"), loop.path());
        assertTrue(atB.restart("Alice@Contoso.com") instanceof RedirectTracker.Loop, "an address met again is a loop too");
        assertTrue(atB.redirect(URI.create("https://c.contoso.com/x")) instanceof RedirectTracker.TooMany);
    }
}
