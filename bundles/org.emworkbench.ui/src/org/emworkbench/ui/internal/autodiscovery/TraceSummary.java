/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.List;

import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.TraceStep;

/**
 * The line above the trace: what was found, how much traffic it took and how
 * long, e.g. {@code alice@contoso.com: 2 errors, 1 warning, 1 unknown — 14
 * queries in 1.2 s}. Queries are the DNS queries and HTTP requests of every
 * provider at any depth; TLS handshakes and checks are not counted.
 */
public final class TraceSummary {

    private TraceSummary() {
    }

    /**
     * @param outcome a run's outcome
     * @return its summary line
     */
    public static String of(DiscoveryOutcome outcome) {
        DiscoveryReport report = outcome.report();
        long queries = report.traces().stream().mapToLong(trace -> queries(trace.steps())).sum();
        StringBuilder line = new StringBuilder();
        if (outcome.cancelled()) {
            line.append("Cancelled, partial trace. ");
        }
        line.append(report.target()).append(": ").append(FindingCounts.of(report.findings())).append(" — ")
                .append(queries).append(queries == 1 ? " query" : " queries").append(" in ")
                .append(Durations.format(outcome.elapsed()));
        long stopped = report.traces().stream().filter(TraceSummary::failed).count();
        if (stopped > 0) {
            line.append("; ").append(stopped).append(" of ").append(outcome.planned())
                    .append(outcome.planned() == 1 ? " provider" : " providers").append(" stopped");
        }
        if (outcome.cancelled()) {
            line.append("; ").append(report.traces().size()).append(" of ").append(outcome.planned())
                    .append(outcome.planned() == 1 ? " provider" : " providers").append(" ran");
        }
        return line.toString();
    }

    /** A provider that stopped on its own, not because the user cancelled the run. */
    private static boolean failed(DiscoveryTrace trace) {
        return trace.failure() != null && !"cancelled".equals(trace.failure());
    }

    private static long queries(List<TraceStep> steps) {
        return steps.stream().mapToLong(step -> (step.kind() == StepKind.DNS || step.kind() == StepKind.HTTP ? 1 : 0)
                + queries(step.children())).sum();
    }
}
