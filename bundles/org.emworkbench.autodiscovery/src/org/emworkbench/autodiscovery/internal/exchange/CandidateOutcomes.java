/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.util.ArrayList;
import java.util.List;

import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;

/**
 * How each candidate of a discovery ended, for the one finding that sums up a
 * discovery in which none answered: AD-008 as an error when anything answered
 * wrongly or said "not here", as {@link Severity#UNKNOWN} when nothing could
 * be reached at all (an unanswered request is never "absent").
 */
final class CandidateOutcomes {

    private final List<String> lines = new ArrayList<>();
    private boolean failed;
    private boolean unknown;

    /**
     * @param what   the candidate, SRV lookup or redirect check
     * @param status how it ended
     * @param reason why, in a few words
     */
    void add(String what, StepStatus status, String reason) {
        lines.add(what + ": " + reason);
        failed |= status == StepStatus.FAILED;
        unknown |= status == StepStatus.UNKNOWN;
    }

    /**
     * Records the summary step and finding.
     *
     * @param domain  the mail domain discovered for
     * @param address the address, or {@code null} for a bare domain (then the POSTs were skipped, and only a step
     *                says so)
     * @param trace   where the step and the finding go
     */
    void summarize(String domain, String address, TraceRecorder trace) {
        TraceRecorder.Step step = trace.begin(StepKind.CHECK, "Result for " + domain);
        if (address == null) {
            step.finish(StepStatus.SKIPPED, "the POST candidates need an email address; discover for an address such"
                    + " as user@" + domain + " to see what a client gets");
            return;
        }
        lines.forEach(step::detail);
        boolean unreached = !failed && unknown;
        String message = (unreached
                ? "It is unknown whether Exchange Autodiscover works for " + domain + ": no candidate could be reached ("
                : "No Autodiscover candidate for " + domain + " answered with Settings or asked for credentials (")
                + String.join("; ", lines) + ")";
        Severity severity = unreached ? Severity.UNKNOWN : Severity.ERROR;
        trace.report(new DiscoveryFinding(FindingKind.AD_008.id(), severity, domain, message, FindingKind.AD_008.fix()));
        step.finish(unreached ? StepStatus.UNKNOWN : StepStatus.FAILED,
                unreached ? "unknown: no candidate answered" : "no candidate gave Settings");
    }
}
