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

/** A rule with a bug: it throws on every object. */
public final class ThrowingRule implements ValidationRule {

    @Override
    public void check(EObject target, RuleContext context) {
        throw new IllegalStateException("boom on " + target.eClass().getName());
    }
}
