/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.Objects;

/**
 * A mechanical fix a rule offers with a finding, such as "set
 * ENABLE_PASSCODE_AUTH to true". It changes the model objects it was made for,
 * so it is applied to the same loaded model the finding came from, after
 * validation has finished; {@code emw fix} and the workbench apply it and save.
 *
 * @param description what the fix does, as a user reads it in a list of fixes
 * @param change      the change; must be idempotent (applying it twice changes
 *                    nothing the second time) and touch only the finding's
 *                    object or what it contains
 * @since 0.1
 */
public record QuickFix(String description, Runnable change) {

    /** Checks that both are given. */
    public QuickFix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }

    /** Applies the change. */
    public void apply() {
        change.run();
    }
}
