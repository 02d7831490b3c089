/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvAnswer;

/**
 * One Exchange Autodiscover discovery for one target: tries the candidates of
 * {@link CandidateList} in order, follows redirects along a
 * {@link RedirectTracker}, and stops at the first candidate that answers with
 * Settings or asks for credentials. Records every step as it goes and reports
 * the findings; used once, from one thread.
 * <p>
 * A POX {@code Redirect} to an address restarts discovery with that address's
 * domain and ends the original list, as clients do. A redirect to a host
 * outside the current mail domain's owner is reported as a warning under
 * {@code AD-002} ("the discovery path leaves the mail domain, so clients
 * prompt"), the same id the SRV provider uses for SRV targets elsewhere.
 */
final class AutodiscoverRun {

    private static final String REDIRECT_FIX = "Redirect to a host in the mail domain, or tell users to expect and"
            + " accept the prompt that asks whether this server may configure their account.";

    private final DiscoveryTarget target;
    private final DiscoveryContext context;
    private final TraceRecorder trace;
    private final IProgressMonitor monitor;
    private final DnsLookups dns;
    private final Requester requester;
    private final CandidateOutcomes outcomes = new CandidateOutcomes();
    private final Set<URI> tried = new HashSet<>();
    private boolean found;

    AutodiscoverRun(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace, IProgressMonitor monitor,
            DnsLookups dns, HttpClient http) {
        this.target = target;
        this.context = context;
        this.trace = trace;
        this.monitor = monitor;
        this.dns = dns;
        this.requester = new Requester(dns, http, monitor);
    }

    /** Runs discovery; throws {@link OperationCanceledException} between network operations when cancelled. */
    void run() {
        RedirectTracker start = RedirectTracker.start(target.address(), context.settings().maxRedirects());
        // A target nobody owns is reported as such (AD-003); a summary of "no candidate answered" would add nothing.
        boolean refused = CandidateList.forDomain(target.domain()).refusal().isPresent();
        discover(target.address(), target.domain(), start);
        if (!found && !refused) {
            outcomes.summarize(target.domain(), target.address(), trace);
        }
    }

    /** @return whether discovery ended here: Settings or credentials found, or a POX redirect took over */
    private boolean discover(String address, String domain, RedirectTracker tracker) {
        CandidateList list = CandidateList.forDomain(domain);
        TraceRecorder.Step plan = trace.begin(StepKind.CHECK, "Autodiscover candidates for "
                + (address == null ? "the bare domain " + domain : address));
        if (list.refusal().isPresent()) {
            String refusal = list.refusal().get();
            trace.report(FindingKind.AD_003.on(domain, refusal));
            plan.finish(StepStatus.FAILED, refusal);
            outcome(domain, StepStatus.FAILED, "no candidate built");
            return true;
        }
        int number = 1;
        for (Candidate candidate : list.domainCandidates()) {
            plan.detail(number++ + ". " + candidate);
        }
        plan.detail(number++ + ". " + list.redirectCheck().orElseThrow());
        plan.detail(number + ". https://<target>/Autodiscover/Autodiscover.xml for each SRV record of _autodiscover._tcp."
                + domain + ", looked up when reached");
        plan.detail("no request carries credentials or cookies, by design");
        plan.finish(StepStatus.OK, "MS-OXDISCO order: the domain's HTTPS URLs, the HTTP redirect check, the SRV hosts");
        for (Candidate candidate : list.domainCandidates()) {
            if (attempt(candidate, address, domain, tracker)) {
                return true;
            }
        }
        Optional<Candidate> fromCheck = redirectCheck(list.redirectCheck().orElseThrow(), domain);
        if (fromCheck.isPresent() && attempt(fromCheck.get(), address, domain, tracker)) {
            return true;
        }
        for (Candidate candidate : srvCandidates(list)) {
            if (attempt(candidate, address, domain, tracker)) {
                return true;
            }
        }
        return false;
    }

    private List<Candidate> srvCandidates(CandidateList list) {
        checkCanceled();
        TraceRecorder.Step step = trace.begin(StepKind.CHECK, "SRV hosts of " + list.domain());
        SrvAnswer answer = dns.autodiscoverSrv(list.domain(), step, monitor);
        if (answer.status() == LookupStatus.FOUND) {
            List<Candidate> candidates = list.srvCandidates(answer.records());
            answer.records().forEach(record -> step.detail("record " + record));
            step.finish(StepStatus.OK, answer.records().size() + " record(s), " + candidates.size()
                    + " candidate(s) in client order" + (candidates.size() < answer.records().size()
                            ? "; records with target '.' (no service) are left out" : ""));
            return candidates;
        }
        StepStatus status = answer.status().isAbsent() ? StepStatus.ABSENT
                : answer.status() == LookupStatus.BOGUS ? StepStatus.FAILED : StepStatus.UNKNOWN;
        String reason = "no SRV candidates: the lookup ended " + answer.status()
                + (answer.detail() == null || answer.detail().isBlank() ? "" : " (" + answer.detail() + ")");
        step.finish(status, reason);
        outcome("SRV " + answer.name(), status, reason);
        return List.of();
    }

    private Optional<Candidate> redirectCheck(Candidate check, String domain) {
        checkCanceled();
        monitor.subTask(check.url().toString());
        TraceRecorder.Step step = trace.begin(StepKind.HTTP, "Candidate " + check);
        HttpResult result = requester.send(HttpRequest.get(check.url()), step);
        if (!(result instanceof HttpResult.Answered answered)) {
            String reason = failureOf(result);
            step.finish(statusOf(result), reason);
            outcome(check.url().toString(), StepStatus.ABSENT, "no redirect: " + reason);
            return Optional.empty();
        }
        Verdict verdict = AnswerInterpreter.forRedirectCheck(answered.response(), check.url());
        if (verdict instanceof Verdict.FollowUrl follow) {
            answered.step().finish(StepStatus.OK, follow.via() + " → " + follow.url());
            warnIfElsewhere(follow.url(), domain, "The HTTP redirect check of " + domain);
            step.finish(StepStatus.OK, "redirects to " + follow.url()
                    + "; clients ask the user before they use it, then add it as the next candidate");
            return Optional.of(CandidateList.fromRedirectCheck(follow.url()));
        }
        Verdict.Failed failure = (Verdict.Failed) verdict;
        answered.step().finish(failure.status(), failure.reason());
        step.finish(failure.status(), failure.reason());
        outcome(check.url().toString(), StepStatus.ABSENT, failure.reason());
        return Optional.empty();
    }

    /** @return whether discovery ended with this candidate */
    private boolean attempt(Candidate candidate, String address, String domain, RedirectTracker tracker) {
        checkCanceled();
        monitor.subTask(candidate.url().toString());
        TraceRecorder.Step step = trace.begin(StepKind.HTTP, "Candidate " + candidate);
        Optional<String> unsafe = HostSafety.refusal(candidate.host());
        if (unsafe.isPresent()) {
            trace.report(FindingKind.AD_003.on(candidate.url().toString(), "The candidate " + candidate.url()
                    + " (" + candidate.origin().description() + ") is never contacted: " + unsafe.get()));
            step.finish(StepStatus.SKIPPED, "never contacted: " + unsafe.get());
            outcome(candidate.url().toString(), StepStatus.FAILED, "autodiscover.<public suffix>, not contacted");
            return false;
        }
        if (address == null) {
            step.finish(StepStatus.SKIPPED, "not sent: the mobilesync request names an email address, and " + domain
                    + " is a bare domain; discover for an address such as user@" + domain);
            return false;
        }
        if (!tried.add(candidate.url())) {
            step.finish(StepStatus.SKIPPED, "already tried above");
            return false;
        }
        if (candidate.prompted()) {
            step.detail("clients ask the user before they send anything to this URL (MS-OXDISCO §3.1.5.4)");
        }
        return switch (tracker.visit(candidate.url())) {
        case RedirectTracker.Continue next -> follow(candidate.url(), address, domain, next.tracker(), step);
        case RedirectTracker.Loop loop -> redirectProblem(step, candidate.url(), loopMessage(loop));
        case RedirectTracker.TooMany tooMany -> redirectProblem(step, candidate.url(), tooManyMessage(tooMany));
        };
    }

    private boolean follow(URI url, String address, String domain, RedirectTracker start, TraceRecorder.Step step) {
        URI current = url;
        RedirectTracker tracker = start;
        while (true) {
            checkCanceled();
            HttpResult result = requester.send(HttpRequest.post(current, PoxRequest.forAddress(address)), step);
            if (!(result instanceof HttpResult.Answered answered)) {
                return unanswered(step, current, result);
            }
            Verdict verdict = AnswerInterpreter.forPost(answered.response(), current);
            switch (verdict) {
            case Verdict.Found settings -> {
                answered.step().finish(StepStatus.OK, "Settings");
                recordSettings(settings, current, step);
                return true;
            }
            case Verdict.WantsCredentials credentials -> {
                answered.step().finish(StepStatus.OK, "asks for credentials: " + String.join(", ", credentials.challenges()));
                this.found = true;
                trace.result(new DiscoveredValue("AutodiscoverEndpoint", current.toString()));
                step.detail("credentials are never sent, by design: a client would authenticate here");
                step.finish(StepStatus.OK, "an Autodiscover endpoint that asks for credentials ("
                        + String.join(", ", credentials.challenges()) + "); discovery stops here");
                return true;
            }
            case Verdict.Failed failure -> {
                answered.step().finish(failure.status(), failure.reason());
                if (failure.serviceError()) {
                    trace.report(FindingKind.AD_008.on(current.toString(), "Autodiscover at " + current + ": "
                            + failure.reason()));
                }
                step.finish(failure.status(), failure.reason());
                outcome(current.toString(), failure.status(), failure.reason());
                return false;
            }
            case Verdict.FollowUrl next -> {
                answered.step().finish(StepStatus.OK, next.via() + " → " + next.url());
                Optional<String> unsafe = HostSafety.refusal(next.url().getHost());
                if (unsafe.isPresent()) {
                    trace.report(FindingKind.AD_003.on(next.url().toString(), "Autodiscover at " + current
                            + " redirects (" + next.via() + ") to " + next.url() + ", which is never contacted: "
                            + unsafe.get()));
                    step.finish(StepStatus.FAILED, "redirect to " + next.url() + " not followed: " + unsafe.get());
                    outcome(current.toString(), StepStatus.FAILED, "redirect to autodiscover.<public suffix>");
                    return false;
                }
                warnIfElsewhere(next.url(), domain, "Autodiscover at " + current + " (" + next.via() + ")");
                switch (tracker.redirect(next.url())) {
                case RedirectTracker.Continue more -> tracker = more.tracker();
                case RedirectTracker.Loop loop -> {
                    return redirectProblem(step, current, loopMessage(loop));
                }
                case RedirectTracker.TooMany tooMany -> {
                    return redirectProblem(step, current, tooManyMessage(tooMany));
                }
                }
                current = next.url();
            }
            case Verdict.Restart restart -> {
                answered.step().finish(StepStatus.OK, "POX Redirect to the address " + restart.address());
                return restart(restart.address(), current, domain, tracker, step);
            }
            }
        }
    }

    private boolean restart(String address, URI from, String domain, RedirectTracker tracker, TraceRecorder.Step step) {
        DiscoveryTarget next;
        try {
            next = DiscoveryTarget.parse(address);
        } catch (IllegalArgumentException e) {
            String reason = "the POX Redirect names '" + address + "', which is not an email address: " + e.getMessage();
            trace.report(FindingKind.AD_008.on(from.toString(), "Autodiscover at " + from + ": " + reason));
            step.finish(StepStatus.FAILED, reason);
            outcome(from.toString(), StepStatus.FAILED, reason);
            return false;
        }
        return switch (tracker.restart(next.address())) {
        case RedirectTracker.Loop loop -> redirectProblem(step, from, loopMessage(loop));
        case RedirectTracker.TooMany tooMany -> redirectProblem(step, from, tooManyMessage(tooMany));
        case RedirectTracker.Continue more -> {
            if (!HostSafety.sameOwner(next.domain(), domain)) {
                warnElsewhere(from.toString(), "Autodiscover at " + from + " redirects to the address "
                        + next.address() + " in another domain, " + next.domain()
                        + "; clients may ask the user before they follow it");
            }
            step.finish(StepStatus.OK, "redirected to " + next.address() + ": discovery restarts with " + next.domain()
                    + " and its candidates replace the rest of this list");
            discover(next.address(), next.domain(), more.tracker());
            yield true;
        }
        };
    }

    private void recordSettings(Verdict.Found settings, URI url, TraceRecorder.Step step) {
        String mobileSync = null;
        for (PoxResponse.Server server : settings.servers()) {
            step.detail("Server " + server.type() + " " + server.url() + (server.name().isEmpty() ? "" : " (" + server.name() + ")"));
            trace.result(new DiscoveredValue(server.type(), server.url()));
            if (mobileSync == null && AnswerInterpreter.MOBILE_SYNC.equalsIgnoreCase(server.type())) {
                mobileSync = server.url();
            }
        }
        step.finish(StepStatus.OK, "Settings from " + url + ": MobileSync " + mobileSync);
        this.found = true;
        ActiveSyncExpectation.check(context, target.domain(), mobileSync, trace);
    }

    private boolean unanswered(TraceRecorder.Step step, URI url, HttpResult result) {
        String reason = failureOf(result);
        if (result instanceof HttpResult.TlsRefused tls) {
            trace.report(FindingKind.AD_009.on(url.toString(), "TLS with " + url.getHost() + " failed: " + tls.reason()));
        }
        StepStatus status = statusOf(result);
        step.finish(status, reason);
        outcome(url.toString(), status, reason);
        return false;
    }

    private boolean redirectProblem(TraceRecorder.Step step, URI url, String message) {
        trace.report(FindingKind.AD_008.on(url.toString(), message));
        step.finish(StepStatus.FAILED, message);
        outcome(url.toString(), StepStatus.FAILED, message);
        return false;
    }

    private static String loopMessage(RedirectTracker.Loop loop) {
        return "redirect loop: " + loop.repeated() + " is reached again (" + String.join(" → ", loop.path()) + ")";
    }

    private static String tooManyMessage(RedirectTracker.TooMany tooMany) {
        return "too many redirects: more than " + tooMany.limit() + " (" + String.join(" → ", tooMany.path()) + ")";
    }

    private void warnIfElsewhere(URI url, String domain, String what) {
        if (!HostSafety.sameOwner(url.getHost(), domain)) {
            warnElsewhere(url.toString(), what + " redirects to " + url + ", outside " + domain
                    + "; clients ask the user before they use it");
        }
    }

    /** A redirect that leaves the mail domain's owner: users get a prompt (AD-002, as for an SRV target elsewhere). */
    private void warnElsewhere(String subject, String message) {
        trace.report(new DiscoveryFinding(FindingKind.AD_002.id(), Severity.WARNING, subject, message, REDIRECT_FIX));
    }

    private static String failureOf(HttpResult result) {
        return switch (result) {
        case HttpResult.Unreachable unreachable -> unreachable.reason();
        case HttpResult.TlsRefused tls -> "TLS failed: " + tls.reason();
        case HttpResult.Broken broken -> broken.reason();
        case HttpResult.Answered answered -> answered.response().statusText();
        };
    }

    private static StepStatus statusOf(HttpResult result) {
        return switch (result) {
        case HttpResult.Unreachable unreachable -> unreachable.status();
        case HttpResult.TlsRefused tls -> StepStatus.FAILED;
        case HttpResult.Broken broken -> StepStatus.FAILED;
        case HttpResult.Answered answered -> StepStatus.OK;
        };
    }

    private void outcome(String what, StepStatus status, String reason) {
        outcomes.add(what, status, reason);
    }

    private void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
