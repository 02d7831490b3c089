/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.TraceStep;

/**
 * Counts of one or many discovery reports: findings by severity, providers that
 * stopped early, and the queries and requests made.
 *
 * @param errors   findings of severity error
 * @param warnings findings of severity warning
 * @param infos    findings of severity info
 * @param unknown  findings that could not be checked
 * @param stopped  provider runs that stopped early (failed or cancelled)
 * @param steps    queries, requests and checks made, nested ones included
 */
public record DiscoveryTally(int errors, int warnings, int infos, int unknown, int stopped, int steps) {

    /** Nothing counted yet. */
    public static final DiscoveryTally NONE = new DiscoveryTally(0, 0, 0, 0, 0, 0);

    /**
     * @param report one target's report
     * @return its counts
     */
    public static DiscoveryTally of(DiscoveryReport report) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int unknown = 0;
        int stopped = 0;
        int steps = 0;
        for (DiscoveryTrace trace : report.traces()) {
            for (DiscoveryFinding finding : trace.findings()) {
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                    case UNKNOWN -> unknown++;
                }
            }
            stopped += trace.failure() == null ? 0 : 1;
            for (TraceStep step : trace.steps()) {
                steps += count(step);
            }
        }
        return new DiscoveryTally(errors, warnings, infos, unknown, stopped, steps);
    }

    private static int count(TraceStep step) {
        int total = 1;
        for (TraceStep child : step.children()) {
            total += count(child);
        }
        return total;
    }

    /**
     * @param other more counts
     * @return the sums
     */
    public DiscoveryTally plus(DiscoveryTally other) {
        return new DiscoveryTally(errors + other.errors, warnings + other.warnings, infos + other.infos,
                unknown + other.unknown, stopped + other.stopped, steps + other.steps);
    }

    /**
     * The exit code of {@code emw discover}: errors are findings (1); otherwise
     * an answer nobody gave, or a provider that stopped, is an environment
     * failure (3); otherwise 0. Warnings do not fail a run.
     *
     * @return 0, 1 or 3
     */
    public int exitCode() {
        if (errors > 0) {
            return 1;
        }
        return unknown > 0 || stopped > 0 ? 3 : 0;
    }

    /** @return e.g. {@code 1 error, 2 warnings, 0 unknown} */
    public String describe() {
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + unknown + " unknown"
                + (stopped > 0 ? ", " + stopped + " stopped" : "");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
