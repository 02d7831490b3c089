/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * A check of one kind of model object, contributed through the
 * {@code org.emworkbench.validation.validators} extension point.
 * <p>
 * One instance serves every validation run, possibly on several threads at
 * once: implementations keep no state between calls. They must not modify the
 * model. A rule that throws does not stop validation; the engine reports the
 * failure as one error finding that names the rule and its plug-in.
 * </p>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ValidationRule {

    /**
     * Checks one object and reports every finding to the context.
     *
     * @param target  an instance of the rule's target class, never {@code null}
     * @param context where findings go; valid only during this call
     */
    void check(EObject target, RuleContext context);
}
