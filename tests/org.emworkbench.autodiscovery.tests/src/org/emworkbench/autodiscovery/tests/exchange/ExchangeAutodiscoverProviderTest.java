/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import static org.emworkbench.autodiscovery.tests.exchange.ExchangeLab.PATH;
import static org.emworkbench.autodiscovery.tests.exchange.ExchangeLab.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvTarget;
import org.emworkbench.autodiscovery.internal.registry.BuiltInProviders;
import org.emworkbench.autodiscovery.tests.servers.PoxAnswers;
import org.emworkbench.autodiscovery.tests.servers.RecordedRequest;
import org.emworkbench.autodiscovery.tests.servers.ScriptedReply;
import org.emworkbench.autodiscovery.tests.servers.ScriptedServer;
import org.emworkbench.autodiscovery.tests.servers.TestCertificateAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Exchange provider against real HTTPS and HTTP servers on loopback, with a test CA. */
class ExchangeAutodiscoverProviderTest {

    private static final String ACTIVE_SYNC = "https://mail.contoso.test/Microsoft-Server-ActiveSync";

    @TempDir
    Path directory;

    private ExchangeLab lab;

    @BeforeEach
    void startLab() throws IOException {
        lab = new ExchangeLab(directory);
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    @Test
    void theFirstCandidateWithSettingsGivesTheMobileSyncUrl() {
        lab.https.answer("contoso.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results(), run.dump());
        assertTrue(run.recorder().findings().isEmpty(), run.dump());
        RecordedRequest request = lab.https.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals(PATH, request.path());
        assertEquals("contoso.test", request.sni(), "SNI names the host, not the address");
        assertTrue(request.header("Content-Type").orElseThrow().startsWith("text/xml"));
        assertTrue(request.bodyText().contains("<EMailAddress>alice@contoso.test</EMailAddress>"), request.bodyText());
        assertTrue(request.bodyText().contains("<AcceptableResponseSchema>"
                + "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006"
                + "</AcceptableResponseSchema>"), request.bodyText());
        TraceStep post = run.stepsWhere(step -> step.title().startsWith("POST ")).get(0);
        assertEquals("POST " + url("contoso.test") + " (127.0.0.1:" + lab.https.port() + ")", post.title());
        assertTrue(post.details().contains("HTTP/1.1 200 OK"), post.details().toString());
        TraceStep tls = post.children().stream().filter(step -> step.kind() == StepKind.TLS).findFirst().orElseThrow();
        assertEquals(StepStatus.OK, tls.status(), run.dump());
        assertTrue(tls.details().stream().anyMatch(line -> line.startsWith("TLSv1.")), tls.details().toString());
        assertTrue(tls.details().stream().anyMatch(line -> line.startsWith("issuer ") && line.contains("CN=EMW Test Root")), run.dump());
        assertTrue(tls.details().stream().anyMatch(line -> line.contains("DNS:contoso.test")), run.dump());
    }

    @Test
    void candidatesComeInMsOxdiscoOrderAndSrvHostsLast() {
        lab.http.answer("autodiscover.contoso.test", ScriptedReply.status(404));
        lab.dns.srv("contoso.test", new SrvTarget(0, 0, lab.https.port(), "mail.contoso.test."));
        lab.https.answer("mail.contoso.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<String> order = lab.allRequests().stream().map(request -> request.method() + " " + request.host()).toList();
        assertEquals(List.of("POST contoso.test", "POST autodiscover.contoso.test", "GET autodiscover.contoso.test",
                "POST mail.contoso.test"), order, run.dump());
        RecordedRequest check = lab.http.requests().get(0);
        assertEquals(0, check.body().length, "the redirect check sends nothing");
        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results());
        List<String> candidates = run.steps().stream().filter(step -> step.title().startsWith("Candidate "))
                .map(TraceStep::title).toList();
        assertTrue(candidates.get(0).startsWith("Candidate " + url("contoso.test")), candidates.toString());
        assertTrue(candidates.get(1).startsWith("Candidate " + url("autodiscover.contoso.test")));
        assertTrue(candidates.get(2).startsWith("Candidate http://autodiscover.contoso.test" + PATH));
        assertTrue(candidates.get(3).startsWith("Candidate https://mail.contoso.test:" + lab.https.port() + PATH),
                "the SRV record's port is the candidate's: " + candidates);
    }

    @Test
    void srvHostsAreTriedInTheResolversOrderAndDotTargetsAreLeftOut() {
        lab.dns.srv("contoso.test", new SrvTarget(0, 0, 443, "."),
                new SrvTarget(10, 0, lab.https.port(), "backup.contoso.test."),
                new SrvTarget(20, 0, lab.https.port(), "mail.contoso.test."));
        lab.https.answer("backup.contoso.test", ScriptedReply.status(503));
        lab.https.answer("mail.contoso.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<String> srvHosts = lab.https.requests().stream().map(RecordedRequest::host)
                .filter(host -> host.startsWith("backup") || host.startsWith("mail")).toList();
        assertEquals(List.of("backup.contoso.test", "mail.contoso.test"), srvHosts, run.dump());
        TraceStep srv = run.steps().stream().filter(step -> step.title().equals("SRV hosts of contoso.test"))
                .findFirst().orElseThrow();
        assertTrue(srv.outcome().contains("3 record(s), 2 candidate(s)"), srv.outcome());
        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results());
    }

    @Test
    void anEndpointThatWantsCredentialsIsFoundAndNoCredentialIsEverSent() {
        lab.https.answer("contoso.test", PoxAnswers.found(url("autodiscover.contoso.test")));
        lab.https.answer("autodiscover.contoso.test",
                PoxAnswers.unauthorized("Basic realm=\"autodiscover.contoso.test\"", "Negotiate"));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertEquals(List.of(new DiscoveredValue("AutodiscoverEndpoint", url("autodiscover.contoso.test"))),
                run.recorder().results(), run.dump());
        assertTrue(run.recorder().findings().isEmpty(), run.dump());
        assertEquals(1, lab.https.requestsTo("autodiscover.contoso.test").size(), "asked once, never again with credentials");
        assertTrue(lab.allRequests().stream().noneMatch(RecordedRequest::carriesCredentials), lab.allRequests().toString());
        TraceStep candidate = run.steps().stream().filter(step -> step.title().startsWith("Candidate " + url("contoso.test")))
                .findFirst().orElseThrow();
        assertTrue(candidate.details().stream().anyMatch(line -> line.contains("credentials are never sent")), run.dump());
        assertTrue(candidate.outcome().contains("Basic realm"), candidate.outcome());
    }

    @Test
    void noRequestOfAFailingDiscoveryCarriesCredentialsOrCookiesEither() {
        lab.https.answer("contoso.test", PoxAnswers.unauthorized().withHeader("Set-Cookie", "auth=1"));
        lab.https.answer("autodiscover.contoso.test", PoxAnswers.found(url("contoso.test")));
        lab.http.answer("autodiscover.contoso.test", PoxAnswers.found(url("mail.contoso.test")));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertFalse(lab.allRequests().isEmpty());
        assertTrue(lab.allRequests().stream().noneMatch(RecordedRequest::carriesCredentials), lab.allRequests().toString());
        assertFalse(run.findings("AD-008").isEmpty(), "a 401 without a challenge is an error: " + run.dump());
    }

    @Test
    void aSrvTargetAtAutodiscoverDotPublicSuffixIsReportedAndNeverContacted() {
        lab.loopback("autodiscover.com.br");
        lab.dns.srv("contoso.test", new SrvTarget(0, 0, lab.https.port(), "autodiscover.com.br."));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<DiscoveryFinding> leaks = run.findings("AD-003");
        assertEquals(1, leaks.size(), run.dump());
        assertEquals(Severity.ERROR, leaks.get(0).severity());
        assertTrue(leaks.get(0).subject().contains("autodiscover.com.br"), leaks.get(0).toString());
        assertTrue(lab.https.requestsTo("autodiscover.com.br").isEmpty());
        assertFalse(lab.dns.asked().contains("A/AAAA autodiscover.com.br"), "not even resolved: " + lab.dns.asked());
    }

    @Test
    void redirectsToAutodiscoverDotPublicSuffixAreReportedAndNeverFollowed() {
        lab.loopback("autodiscover.com.br");
        lab.loopback("autodiscover.co.uk");
        lab.https.answer("contoso.test", PoxAnswers.found("https://autodiscover.com.br" + PATH));
        lab.https.answer("autodiscover.contoso.test", PoxAnswers.redirect("https://autodiscover.co.uk" + PATH));
        lab.http.answer("autodiscover.contoso.test", PoxAnswers.found("https://Autodiscover.com.br." + PATH));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<String> subjects = run.findings("AD-003").stream().map(DiscoveryFinding::subject).toList();
        assertTrue(subjects.contains("https://autodiscover.com.br" + PATH), run.dump());
        assertTrue(subjects.contains("https://autodiscover.co.uk" + PATH), run.dump());
        assertTrue(subjects.contains("https://Autodiscover.com.br." + PATH), run.dump());
        assertTrue(lab.https.requestsTo("autodiscover.com.br").isEmpty());
        assertTrue(lab.https.requestsTo("autodiscover.co.uk").isEmpty());
        assertTrue(lab.dns.asked().stream().noneMatch(name -> name.contains("com.br") || name.contains("co.uk")),
                lab.dns.asked().toString());
    }

    @Test
    void aTargetDomainThatIsAPublicSuffixBuildsNoCandidate() {
        ExchangeLab.Run run = lab.discover("user@com.br");

        List<DiscoveryFinding> leaks = run.findings("AD-003");
        assertEquals(1, leaks.size(), run.dump());
        assertEquals("com.br", leaks.get(0).subject());
        assertTrue(leaks.get(0).message().contains("public suffix"), leaks.get(0).message());
        assertTrue(run.stepsWhere(step -> step.title().startsWith("Candidate ")).isEmpty(), run.dump());
        assertTrue(lab.dns.asked().isEmpty(), "nothing is even looked up: " + lab.dns.asked());
        assertTrue(lab.allRequests().isEmpty());
        assertEquals(1, run.recorder().findings().size(), "the refusal says it all: " + run.dump());
    }

    @Test
    void aLiveActiveSyncUrlOtherThanTheModelsIsAd007() {
        ExchangeLab.Run run = discoverWithModelUrl("https://eas.contoso.test/Microsoft-Server-ActiveSync");

        List<DiscoveryFinding> differs = run.findings("AD-007");
        assertEquals(1, differs.size(), run.dump());
        assertTrue(differs.get(0).message().contains(ACTIVE_SYNC), differs.get(0).message());
        assertTrue(differs.get(0).message().contains("https://eas.contoso.test/Microsoft-Server-ActiveSync"));
    }

    @Test
    void theSameEndpointWrittenDifferentlyIsNoDifference() {
        ExchangeLab.Run run = discoverWithModelUrl("HTTPS://Mail.Contoso.Test:443/microsoft-server-activesync/");

        assertTrue(run.findings("AD-007").isEmpty(), run.dump());
        assertTrue(run.stepsWhere(step -> step.kind() == StepKind.CHECK && step.status() == StepStatus.OK
                && step.outcome().contains("the model expects")).size() == 1, run.dump());
    }

    @Test
    void autodiscoverErrorsAreAd008AndTheNextCandidateIsTried() {
        lab.https.answer("contoso.test", PoxAnswers.actionError("2", "The email address can't be found."));
        lab.https.answer("autodiscover.contoso.test", PoxAnswers.outerError("600", "Invalid Request"));
        lab.https.answer("mail.contoso.test", PoxAnswers.settings(ACTIVE_SYNC).chunkedBody());
        lab.dns.srv("contoso.test", new SrvTarget(0, 0, lab.https.port(), "mail.contoso.test."));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<String> messages = run.findings("AD-008").stream().map(DiscoveryFinding::message).toList();
        assertEquals(2, messages.size(), run.dump());
        assertTrue(messages.get(0).contains("Action/Error") && messages.get(0).contains("can't be found"), messages.get(0));
        assertTrue(messages.get(1).contains("code 600") && messages.get(1).contains("Invalid Request"), messages.get(1));
        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results(),
                "a chunked answer is read too: " + run.dump());
    }

    @Test
    void aRedirectLoopIsAd008() {
        lab.https.answer("contoso.test", PoxAnswers.found(url("autodiscover.contoso.test")));
        lab.https.answer("autodiscover.contoso.test", PoxAnswers.msLocation(url("mail.contoso.test")));
        lab.https.answer("mail.contoso.test", PoxAnswers.redirect(url("contoso.test")));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<DiscoveryFinding> loops = run.findings("AD-008").stream()
                .filter(finding -> finding.message().contains("redirect loop")).toList();
        assertFalse(loops.isEmpty(), run.dump());
        assertTrue(loops.get(0).message().contains(url("contoso.test")), loops.get(0).message());
        List<String> hosts = lab.https.requests().stream().map(RecordedRequest::host).toList();
        assertEquals(List.of("contoso.test", "autodiscover.contoso.test", "mail.contoso.test", "autodiscover.contoso.test"),
                hosts.subList(0, 4), "the loop is seen before the first URL is asked again; then candidate 2 starts");
    }

    @Test
    void moreRedirectsThanTheLimitIsAd008() {
        lab.settings = lab.settings.withMaxRedirects(3);
        for (int hop = 1; hop <= 6; hop++) {
            lab.loopback("hop" + hop + ".hop.test");
            lab.https.answer("hop" + hop + ".hop.test", PoxAnswers.found(url("hop" + (hop + 1) + ".hop.test")));
        }
        lab.https.answer("contoso.test", PoxAnswers.found(url("hop1.hop.test")));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertTrue(run.findings("AD-008").stream().anyMatch(finding -> finding.message().contains("too many redirects")
                && finding.message().contains("more than 3")), run.dump());
        assertTrue(lab.https.requestsTo("hop4.hop.test").isEmpty(), "the fourth redirect is not followed");
        assertEquals(1, lab.https.requestsTo("hop3.hop.test").size());
    }

    @Test
    void aCertificateFromAnUntrustedCaIsAd009() {
        TestCertificateAuthority stranger = TestCertificateAuthority.create("Stranger Root");
        lab.https.certificate("contoso.test", stranger.issue("contoso.test"));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        DiscoveryFinding tls = only(run.findings("AD-009"), run);
        assertEquals(url("contoso.test"), tls.subject());
        assertTrue(tls.message().contains("does not lead to a trusted CA") && tls.message().contains("Stranger Root"),
                tls.message());
        assertTrue(lab.https.requestsTo("contoso.test").isEmpty(), "nothing is sent after a refused handshake");
        assertEquals(1, lab.https.requestsTo("autodiscover.contoso.test").size(), "the next candidate is tried");
    }

    @Test
    void anExpiredCertificateIsAd009() {
        lab.https.certificate("contoso.test", lab.ca.issueExpired("contoso.test"));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        DiscoveryFinding tls = only(run.findings("AD-009"), run);
        assertTrue(tls.message().contains("expired on"), tls.message());
        TraceStep handshake = run.stepsWhere(step -> step.kind() == StepKind.TLS && step.status() == StepStatus.FAILED)
                .get(0);
        assertTrue(handshake.details().stream().anyMatch(line -> line.startsWith("subject CN=contoso.test")),
                "the refused certificate is still described: " + run.dump());
    }

    @Test
    void aCertificateForAnotherNameIsAd009() {
        lab.https.certificate("autodiscover.contoso.test", lab.ca.issue("wrong.contoso.test"));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        DiscoveryFinding tls = only(run.findings("AD-009"), run);
        assertEquals(url("autodiscover.contoso.test"), tls.subject());
        assertTrue(tls.message().contains("does not name autodiscover.contoso.test")
                && tls.message().contains("DNS:wrong.contoso.test"), tls.message());
        assertTrue(lab.https.requestsTo("autodiscover.contoso.test").isEmpty());
    }

    @Test
    void aDoctypeIsRefusedAndItsExternalEntityNeverFetched() {
        lab.http.answer("127.0.0.1", ScriptedReply.status(200));
        String entity = "http://127.0.0.1:" + lab.http.port() + "/leak";
        lab.https.answer("contoso.test", PoxAnswers.doctypeWithExternalEntity(entity));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertTrue(lab.http.requests().stream().noneMatch(request -> request.path().startsWith("/leak")),
                lab.http.requests().toString());
        assertTrue(run.findings("AD-008").stream().anyMatch(finding -> finding.message().contains("DOCTYPE")),
                run.dump());
        assertTrue(run.recorder().results().isEmpty(), run.dump());
    }

    @Test
    void cancellingStopsBetweenCandidates() {
        NullProgressMonitor monitor = cancelledByTheFirstRequestTo("contoso.test");

        ExchangeLab.Run[] run = new ExchangeLab.Run[1];
        assertThrows(OperationCanceledException.class, () -> run[0] = lab.discover("alice@contoso.test", monitor));

        assertEquals(List.of("contoso.test"), lab.allRequests().stream().map(RecordedRequest::host).toList());
    }

    @Test
    void aBareDomainSkipsThePostsButStillChecksTheHttpRedirect() {
        lab.http.answer("autodiscover.contoso.test", PoxAnswers.found(url("mail.contoso.test")));

        ExchangeLab.Run run = lab.discover("contoso.test");

        assertTrue(lab.https.requests().isEmpty(), "no POST without an address: " + lab.https.requests());
        assertEquals(List.of("GET"), lab.http.requests().stream().map(RecordedRequest::method).toList());
        List<TraceStep> skipped = run.steps().stream().filter(step -> step.status() == StepStatus.SKIPPED
                && step.title().startsWith("Candidate ")).toList();
        assertTrue(skipped.size() >= 3, run.dump());
        assertTrue(skipped.get(0).outcome().contains("email address"), skipped.get(0).outcome());
        assertTrue(skipped.stream().anyMatch(step -> step.title().startsWith("Candidate " + url("mail.contoso.test"))),
                "the redirect's Location is listed, then skipped: " + run.dump());
        assertTrue(run.recorder().findings().isEmpty(), run.dump());
    }

    @Test
    void theRedirectChecksLocationIsAddedAndARedirectElsewhereWarns() {
        lab.http.answer("autodiscover.contoso.test", PoxAnswers.found(url("autodiscover.fabrikam.test")));
        lab.https.answer("autodiscover.fabrikam.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results(), run.dump());
        DiscoveryFinding elsewhere = only(run.findings("AD-002"), run);
        assertEquals(Severity.WARNING, elsewhere.severity());
        assertTrue(elsewhere.message().contains("outside contoso.test"), elsewhere.message());
        TraceStep added = run.steps().stream()
                .filter(step -> step.title().startsWith("Candidate " + url("autodiscover.fabrikam.test"))).findFirst()
                .orElseThrow();
        assertTrue(added.details().stream().anyMatch(line -> line.contains("ask the user")), run.dump());
    }

    @Test
    void aPoxRedirectToAnAddressRestartsWithItsDomain() {
        lab.https.answer("contoso.test", PoxAnswers.redirect("bob@fabrikam.test"));
        lab.https.answer("fabrikam.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results(), run.dump());
        RecordedRequest restarted = lab.https.requestsTo("fabrikam.test").get(0);
        assertTrue(restarted.bodyText().contains("<EMailAddress>bob@fabrikam.test</EMailAddress>"), restarted.bodyText());
        assertTrue(lab.https.requestsTo("autodiscover.contoso.test").isEmpty(), "the redirect replaces the old list");
        assertEquals(Severity.WARNING, only(run.findings("AD-002"), run).severity());
    }

    @Test
    void whenEveryCandidateFailsOneFindingSaysSo() {
        lab.https.answer("contoso.test", ScriptedReply.status(500));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        DiscoveryFinding summary = only(run.findings("AD-008"), run);
        assertEquals(Severity.ERROR, summary.severity());
        assertEquals("contoso.test", summary.subject());
        assertTrue(summary.message().contains("500") && summary.message().contains("no redirect"), summary.message());
    }

    @Test
    void whenNothingCouldBeReachedTheResultIsUnknownNotAbsent() {
        lab.dns.everyLookupEnds(LookupStatus.TIMEOUT);

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        DiscoveryFinding summary = only(run.findings("AD-008"), run);
        assertEquals(Severity.UNKNOWN, summary.severity(), run.dump());
        assertTrue(lab.allRequests().isEmpty());
    }

    @Test
    void withHttpSwitchedOffNothingIsSent() {
        lab.settings = lab.settings.withHttp(false);

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertEquals(StepStatus.SKIPPED, run.steps().get(0).status());
        assertTrue(lab.allRequests().isEmpty());
        assertTrue(lab.dns.asked().isEmpty());
    }

    @Test
    void aRedirectToPlainHttpIsNotFollowed() {
        lab.https.answer("contoso.test", PoxAnswers.found("http://autodiscover.contoso.test" + PATH));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertTrue(run.findings("AD-008").stream().anyMatch(finding -> finding.message().contains("plain HTTP")),
                run.dump());
        assertTrue(lab.http.requests().stream().noneMatch(request -> request.method().equals("POST")),
                "nothing is ever POSTed over HTTP: " + lab.http.requests());
    }

    @Test
    void aSlowServerIsUnknownAfterTheReadTimeoutNotAbsent() {
        lab.settings = lab.settings.withHttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));
        lab.https.answer("contoso.test", ScriptedServer.ANY, request -> {
            sleep(1500);
            return PoxAnswers.settings(ACTIVE_SYNC);
        });

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        TraceStep post = run.stepsWhere(step -> step.title().startsWith("POST " + url("contoso.test"))).get(0);
        assertEquals(StepStatus.UNKNOWN, post.status(), run.dump());
        assertTrue(post.outcome().contains("no complete response within 300 ms"), post.outcome());
        assertTrue(run.recorder().results().isEmpty());
    }

    @Test
    void anOversizedAnswerIsRefusedUnread() {
        lab.https.answer("contoso.test", ScriptedReply.xml("<a>" + "x".repeat(2 << 20) + "</a>"));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        TraceStep post = run.stepsWhere(step -> step.title().startsWith("POST " + url("contoso.test"))).get(0);
        assertEquals(StepStatus.FAILED, post.status(), run.dump());
        assertTrue(post.outcome().contains("larger than 1 MiB"), post.outcome());
    }

    @Test
    void theServiceKeepsThePartialTraceOfACancelledRun() {
        NullProgressMonitor monitor = cancelledByTheFirstRequestTo("contoso.test");
        ProviderDescriptor exchange = new BuiltInProviders().providers().stream()
                .filter(provider -> provider.id().equals(BuiltInProviders.EXCHANGE)).findFirst().orElseThrow();
        ProviderRegistry registry = new ProviderRegistry() {
            @Override
            public List<ProviderDescriptor> providers() {
                return List.of(exchange);
            }

            @Override
            public List<String> contributionProblems() {
                return List.of();
            }
        };
        DiscoveryContext context = new DiscoveryContext(lab.settings).share(DnsLookups.class, lab.dns);

        DiscoveryReport report = new AutodiscoveryService(registry).discover(DiscoveryTarget.parse("alice@contoso.test"),
                context, monitor);

        DiscoveryTrace trace = report.traces().get(0);
        assertEquals("cancelled", trace.failure());
        assertTrue(trace.steps().stream().anyMatch(step -> step.title().startsWith("Candidate " + url("contoso.test"))
                && step.status() == StepStatus.ABSENT), trace.steps().toString());
        assertTrue(trace.steps().stream().noneMatch(step -> step.title().startsWith("Candidate " + url("autodiscover.contoso.test"))));
    }

    @Test
    void everyAddressIsTriedUntilOneConnects() throws IOException {
        lab.dns.host("contoso.test", InetAddress.getByName("::1"), InetAddress.getByName("127.0.0.1"));
        lab.https.answer("contoso.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        List<String> posts = run.stepsWhere(step -> step.title().startsWith("POST ")).stream().map(TraceStep::title).toList();
        assertEquals(List.of("POST " + url("contoso.test") + " ([0:0:0:0:0:0:0:1]:" + lab.https.port() + ")",
                "POST " + url("contoso.test") + " (127.0.0.1:" + lab.https.port() + ")"), posts, run.dump());
        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results());
    }

    @Test
    void aPasswordInALocationNeverReachesTheTrace() {
        lab.https.answer("contoso.test", PoxAnswers.found("https://admin:s3cr3t@mail.contoso.test" + PATH));
        lab.https.answer("mail.contoso.test", PoxAnswers.settings(ACTIVE_SYNC));

        ExchangeLab.Run run = lab.discover("alice@contoso.test");

        assertEquals(List.of(new DiscoveredValue("MobileSync", ACTIVE_SYNC)), run.recorder().results(), run.dump());
        assertFalse(run.dump().contains("s3cr3t"), run.dump());
        assertTrue(run.dump().contains("Location: https://mail.contoso.test" + PATH), run.dump());
        assertTrue(lab.allRequests().stream().noneMatch(RecordedRequest::carriesCredentials));
    }

    @Test
    void anUnreadableTrustStoreStopsTheProviderBeforeAnyRequest() throws IOException {
        lab.settings = lab.settings.withTrust(Files.writeString(directory.resolve("junk.pem"), "not a certificate"), false);

        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> lab.discover("alice@contoso.test"));

        assertTrue(stopped.getMessage().contains("neither PEM"), stopped.getMessage());
        assertTrue(lab.allRequests().isEmpty());
    }

    /** The model expects a URL; the first candidate answers with {@link #ACTIVE_SYNC}. */
    private ExchangeLab.Run discoverWithModelUrl(String modelUrl) {
        lab.expectations.put("contoso.test", new DomainExpectation("contoso.test", List.of(), null, modelUrl));
        lab.https.answer("contoso.test", PoxAnswers.settings(ACTIVE_SYNC));
        return lab.discover("alice@contoso.test");
    }

    /** A monitor the user cancels while the server answers the first request to the host (with 404). */
    private NullProgressMonitor cancelledByTheFirstRequestTo(String host) {
        NullProgressMonitor monitor = new NullProgressMonitor();
        lab.https.answer(host, ScriptedServer.ANY, request -> {
            monitor.setCanceled(true);
            return ScriptedReply.status(404);
        });
        return monitor;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DiscoveryFinding only(List<DiscoveryFinding> findings, ExchangeLab.Run run) {
        assertEquals(1, findings.size(), run.dump());
        return findings.get(0);
    }
}
