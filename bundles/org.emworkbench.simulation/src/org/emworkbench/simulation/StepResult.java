/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation;

import java.util.List;
import java.util.Objects;

/**
 * How one step of the walk went for the user.
 *
 * @param step     the step
 * @param outcome  what it came to
 * @param summary  one sentence: what happens for the user, or why the step was skipped or is unknown
 * @param evidence what the step looked at, in the order it looked
 * @param fixes    what to do when the outcome is not {@link Outcome#PASS}; empty for a pass or a skip
 * @since 0.1
 */
public record StepResult(Step step, Outcome outcome, String summary, List<Evidence> evidence, List<String> fixes) {

    /** Copies the lists. */
    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
        fixes = List.copyOf(fixes);
    }
}
