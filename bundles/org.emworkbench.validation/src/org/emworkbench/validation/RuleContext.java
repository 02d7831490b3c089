/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * Receives the findings of one rule on one target object. Valid only during
 * the {@link ValidationRule#check} call it was given to.
 *
 * @since 0.1
 */
public interface RuleContext {

    /**
     * Reports a finding with the rule's severity, or with the lower one the
     * finding sets ({@link Finding#severity(RuleSeverity)}).
     *
     * @param finding what was found; see {@link Finding}
     */
    void report(Finding finding);

    /**
     * Reports a finding that has only a message.
     *
     * @param object  the object the finding is about: the target or an object
     *                it contains; the user is taken there
     * @param message what is wrong and what is expected, in one sentence
     *                without the rule id (the engine adds it)
     */
    default void report(EObject object, String message) {
        report(Finding.on(object, message));
    }

    /**
     * @return whether the user cancelled validation or the rule ran out of
     *         time; long-running (online) rules check it between steps and
     *         return early
     */
    boolean isCancelled();

    /**
     * An object the host application put into the run's environment
     * ({@link ValidationOptions#withEnvironment}), e.g. the DNS servers and
     * timeouts an online rule must use. Rules fall back to their own defaults
     * when it is absent.
     *
     * @param <T>  its type
     * @param type the key
     * @return the object, if the host provided one
     */
    default <T> Optional<T> environment(Class<T> type) {
        return java.util.Optional.empty();
    }
}
