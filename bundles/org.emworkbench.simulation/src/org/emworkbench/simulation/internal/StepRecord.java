/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;
import org.emworkbench.validation.RuleDiagnostic;

/**
 * Collects what one step saw while it is walked. The outcome only gets worse:
 * a failure stays a failure whatever is seen later, and an unknown answer
 * turns a pass into unknown but never hides a failure.
 */
final class StepRecord {

    private final Step step;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<String> fixes = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> unknowns = new ArrayList<>();

    StepRecord(Step step) {
        this.step = step;
    }

    StepRecord saw(String source, String text) {
        evidence.add(new Evidence(source, text));
        return this;
    }

    /** A reason the step breaks, with its fix. */
    StepRecord fail(String why, String fix) {
        failures.add(why);
        if (fix != null && !fix.isBlank()) {
            fixes.add(fix);
        }
        return this;
    }

    /** A question no server answered, with what to do about it. */
    StepRecord unknown(String why, String fix) {
        unknowns.add(why);
        if (fix != null && !fix.isBlank()) {
            fixes.add(fix);
        }
        return this;
    }

    /** Adds the rules' findings of this step: errors fail it, warnings are evidence. */
    StepRecord rules(List<RuleDiagnostic> findings) {
        for (RuleDiagnostic finding : findings) {
            boolean error = RuleFindings.isError(finding);
            String line = finding.getRuleId() + (error ? " error " : " warning ") + finding.getObjectPath() + ": "
                    + finding.getMessage();
            saw(Evidence.RULE, line);
            if (error) {
                fail(finding.getRuleId() + ": " + finding.getMessage(), finding.getFixHint());
            }
        }
        return this;
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    boolean unknown() {
        return failures.isEmpty() && !unknowns.isEmpty();
    }

    /**
     * @param passSummary what happens for the user when nothing failed and everything was answered
     * @return the result
     */
    StepResult result(String passSummary) {
        if (!failures.isEmpty()) {
            return new StepResult(step, Outcome.FAIL, String.join("; ", failures), evidence, List.copyOf(fixes));
        }
        if (!unknowns.isEmpty()) {
            return new StepResult(step, Outcome.UNKNOWN, String.join("; ", unknowns), evidence, List.copyOf(fixes));
        }
        return new StepResult(step, Outcome.PASS, passSummary, evidence, List.of());
    }

    /** @return a skipped result saying which needed step did not pass */
    static StepResult skipped(Step step, Step because, Outcome outcome) {
        return new StepResult(step, Outcome.SKIPPED, "not walked: step " + because.number() + " (" + because.title()
                + ") " + (outcome == Outcome.FAIL ? "fails" : outcome == Outcome.UNKNOWN ? "is unknown" : "was skipped")
                + ", and this step needs it", List.of(), List.of());
    }
}
