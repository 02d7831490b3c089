/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.Locale;

import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.TraceStep;

/**
 * Writes a discovery report for people: each provider with every step
 * (indented by depth, status in brackets, details below), what a client would
 * use, then the findings with their fixes and a one-line summary.
 */
public final class DiscoveryText {

    private static final String INDENT = "  ";

    private DiscoveryText() {
    }

    /**
     * @param report one target's report
     * @return the text, ending with a line break
     */
    public static String render(DiscoveryReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.target()).append('\n');
        for (DiscoveryTrace trace : report.traces()) {
            text.append(INDENT).append(trace.providerName()).append(" (").append(millis(trace.elapsed().toMillis()))
                    .append(")\n");
            for (TraceStep step : trace.steps()) {
                step(text, step, 2);
            }
            for (DiscoveredValue value : trace.results()) {
                text.append(INDENT.repeat(2)).append("=> ").append(value.kind()).append(' ').append(value.value())
                        .append('\n');
            }
            if (trace.failure() != null) {
                text.append(INDENT.repeat(2)).append("stopped: ").append(trace.failure()).append('\n');
            }
        }
        if (!report.findings().isEmpty()) {
            text.append(INDENT).append("findings:\n");
            for (DiscoveryFinding finding : report.findings()) {
                String severity = finding.severity().name().toLowerCase(Locale.ROOT);
                text.append(INDENT.repeat(2)).append(String.format(Locale.ROOT, "%-8s", severity))
                        .append(finding.id()).append(' ').append(finding.subject()).append(": ")
                        .append(finding.message()).append('\n');
                if (!finding.fix().isEmpty()) {
                    text.append(INDENT.repeat(2)).append("        fix: ").append(finding.fix()).append('\n');
                }
            }
        }
        DiscoveryTally tally = DiscoveryTally.of(report);
        text.append(INDENT).append("result: ").append(tally.describe()).append(" (").append(tally.steps())
                .append(" steps)\n");
        return text.toString();
    }

    private static void step(StringBuilder text, TraceStep step, int depth) {
        String status = "[" + step.status().name().toLowerCase(Locale.ROOT) + "]";
        text.append(INDENT.repeat(depth)).append(String.format(Locale.ROOT, "%-10s", status)).append(step.title())
                .append(": ").append(step.outcome()).append(" (").append(millis(step.elapsed().toMillis()))
                .append(")\n");
        for (String detail : step.details()) {
            text.append(INDENT.repeat(depth + 1)).append("        ").append(detail).append('\n');
        }
        for (TraceStep child : step.children()) {
            step(text, child, depth + 1);
        }
    }

    private static String millis(long millis) {
        return millis + " ms";
    }
}
