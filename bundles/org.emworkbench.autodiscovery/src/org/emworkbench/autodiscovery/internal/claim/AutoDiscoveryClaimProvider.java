/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.claim;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceRecorder.Step;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.TxtAnswer;

/**
 * Checks that a mail domain publishes the TXT claim token of its Citrix
 * AutoDiscovery registration (domain-facts §6.1), when the model has one for
 * the domain.
 * <p>
 * The exact form of the Citrix claim record is not publicly documented, so the
 * rule is deliberately loose: the claim counts as published when any TXT
 * record of the domain (its character strings joined) contains the model's
 * token, compared exactly. Findings: AD-010 when none does (or the domain has
 * no TXT record), AD-011 when the lookup got no answer, AD-006 when DNSSEC
 * validation failed. Without a token in the model the check is a skipped step
 * and no query is made. Results: the TXT record that carries the token.
 */
public final class AutoDiscoveryClaimProvider implements AutodiscoveryProvider {

    @Override
    public void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace,
            IProgressMonitor monitor) {
        String domain = target.domain();
        Optional<String> token = context.expectation(domain).map(DomainExpectation::claimToken);
        if (token.isEmpty()) {
            trace.begin(StepKind.CHECK, "Citrix AutoDiscovery claim of " + domain).finish(StepStatus.SKIPPED,
                    "no claim token in the model for " + domain);
            return;
        }
        TxtAnswer answer = DnsLookups.of(context).txt(domain, trace, monitor);
        switch (answer.status()) {
            case TIMEOUT, FAILED -> trace.report(FindingKind.AD_011.on(domain, "The TXT lookup of " + domain
                    + " got no usable answer (" + answer.detail() + "): whether the claim is published is unknown."));
            case BOGUS -> trace.report(FindingKind.AD_006.on(domain, "The TXT records of " + domain
                    + " failed DNSSEC validation (" + answer.detail() + "): the claim cannot be relied on."));
            case FOUND, NO_DATA, NX_DOMAIN -> checkToken(domain, token.get(), answer, trace);
        }
    }

    private static void checkToken(String domain, String token, TxtAnswer answer, TraceRecorder trace) {
        Step step = trace.begin(StepKind.CHECK, "Citrix AutoDiscovery claim token in the TXT records of " + domain);
        step.detail("token from the model: " + token);
        Optional<String> claim = answer.texts().stream().filter(text -> text.contains(token)).findFirst();
        if (claim.isPresent()) {
            step.detail("found in: " + claim.get());
            step.finish(StepStatus.OK, "published");
            trace.result(new DiscoveredValue("TXT", claim.get()));
            return;
        }
        String found = switch (answer.status()) {
            case NX_DOMAIN -> domain + " does not exist (NXDOMAIN)";
            case NO_DATA -> domain + " has no TXT record";
            default -> "none of the " + answer.texts().size() + " TXT records of " + domain + " contains it";
        };
        step.finish(StepStatus.ABSENT, "not published: " + found);
        trace.report(FindingKind.AD_010.on(domain, "The Citrix AutoDiscovery claim token from the model is not published: "
                + found + ". The token proves to Citrix that you own the domain; without it the domain may not be"
                + " mapped to your server, and users who enroll with their email address would find no server."));
    }
}
