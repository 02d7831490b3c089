/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.Locale;

import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.StepResult;

/**
 * The walk as a consultant reads it: a heading with the user, the notes (in
 * the sandbox: where the answers come from), then each step with its outcome,
 * what happens, what was looked at and, when it did not pass, the fix; last a
 * verdict.
 */
public final class SimulationText {

    private static final String INDENT = "   ";

    private SimulationText() {
    }

    /**
     * @param report the walk
     * @param model  the model file, as typed
     * @return the text, ending with a line break
     */
    public static String render(SimulationReport report, String model) {
        StringBuilder text = new StringBuilder();
        text.append("Secure Mail SSO for ")
                .append(report.persona() == null ? report.user() : report.persona() + " <" + report.user() + ">")
                .append(" (").append(model).append(")\n");
        for (String note : report.notes()) {
            text.append(note).append('\n');
        }
        for (StepResult step : report.steps()) {
            text.append('\n').append(step.step().number()).append(". ").append(step.step().title()).append(": ")
                    .append(step.outcome().name()).append('\n');
            text.append(INDENT).append(step.summary()).append('\n');
            for (Evidence evidence : step.evidence()) {
                text.append(INDENT).append(String.format(Locale.ROOT, "%-6s", evidence.source())).append(' ')
                        .append(evidence.text()).append('\n');
            }
            for (String fix : step.fixes()) {
                text.append(INDENT).append("fix: ").append(fix).append('\n');
            }
        }
        text.append('\n').append(verdict(report)).append('\n');
        return text.toString();
    }

    /**
     * @param report the walk
     * @return one sentence: configured, or the step where it breaks, or what is unknown
     */
    public static String verdict(SimulationReport report) {
        long passed = report.steps().stream().filter(step -> step.outcome() == Outcome.PASS).count();
        String tally = " (" + passed + " of " + report.steps().size() + " steps pass)";
        if (report.accountConfigured()) {
            return "Result: Secure Mail would configure the account of " + report.user() + " by itself" + tally
                    + (report.sandbox() ? "; sandbox: answers came from the model" : "");
        }
        if (report.failed()) {
            return "Result: Secure Mail would not configure the account of " + report.user() + ": it breaks at step "
                    + report.firstFailure().number() + " (" + report.firstFailure().title() + ")" + tally;
        }
        return "Result: unknown for " + report.user() + ": a server could not be asked" + tally;
    }
}
