/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;

/**
 * A rule with a bug: it never returns and ignores interrupts, as a rule stuck
 * in a network call would. It gives up after a minute so that test runs end
 * cleanly.
 */
public final class HangingRule implements ValidationRule {

    private static final long GIVE_UP_MILLIS = 60_000;

    @Override
    public void check(EObject target, RuleContext context) {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (System.currentTimeMillis() < giveUp) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                // Deliberately ignored: this rule misbehaves.
            }
        }
    }
}
