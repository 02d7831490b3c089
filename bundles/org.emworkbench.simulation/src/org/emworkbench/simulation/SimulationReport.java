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
 * The walk for one user: every step, in order.
 *
 * @param user    the address the walk is for
 * @param persona the display name of the model's persona with that address, or {@code null}
 * @param sandbox whether the servers asked were the sandbox's, which answer from the model itself
 * @param steps   one result per {@link Step}, in step order
 * @param notes   remarks about the whole walk (where the answers came from), in order
 * @since 0.1
 */
public record SimulationReport(String user, String persona, boolean sandbox, List<StepResult> steps,
        List<String> notes) {

    /** Copies the lists. */
    public SimulationReport {
        Objects.requireNonNull(user, "user");
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** @return whether every step passed: Secure Mail would configure the account by itself */
    public boolean accountConfigured() {
        return !steps.isEmpty() && steps.stream().allMatch(result -> result.outcome() == Outcome.PASS);
    }

    /** @return whether a step failed */
    public boolean failed() {
        return steps.stream().anyMatch(result -> result.outcome() == Outcome.FAIL);
    }

    /** @return the first failing step, or {@code null} when none failed */
    public Step firstFailure() {
        return steps.stream().filter(result -> result.outcome() == Outcome.FAIL).map(StepResult::step).findFirst()
                .orElse(null);
    }

    /**
     * @param step a step
     * @return its result
     */
    public StepResult result(Step step) {
        return steps.stream().filter(result -> result.step() == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + step));
    }
}
