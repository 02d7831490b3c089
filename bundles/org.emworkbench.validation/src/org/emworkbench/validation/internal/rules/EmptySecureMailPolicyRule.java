/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.rules.SecureMailPolicies.BoundPolicy;

/**
 * Requires a Secure Mail policy to be empty in every Secure Mail app. A policy
 * without a value has its catalogue default, so a non-empty default is a
 * finding too.
 */
abstract class EmptySecureMailPolicyRule implements ValidationRule {

    private final PolicyMeaning meaning;
    private final String consequence;

    /**
     * @param meaning     the policy's meaning
     * @param consequence what goes wrong when it is filled in, for messages
     */
    EmptySecureMailPolicyRule(PolicyMeaning meaning, String consequence) {
        this.meaning = meaning;
        this.consequence = consequence;
    }

    @Override
    public final void check(EObject target, RuleContext context) {
        for (BoundPolicy policy : SecureMailPolicies.find((Deployment) target, meaning, context)) {
            String actual = policy.effectiveValue();
            if (actual != null && !actual.isEmpty()) {
                context.report(Finding.on(policy.where(), policy.describe() + (policy.isDefault()
                        ? " is not set, so it has its default \"" + actual + "\""
                        : " is \"" + actual + "\"") + ", but must be empty: " + consequence)
                        .expected("").actual(actual).fix(policy.isDefault()
                                ? "set '" + policy.label() + "' explicitly to an empty value"
                                : "clear '" + policy.label() + "'")
                        .quickFix("set '" + policy.label() + "' of " + policy.app().getName() + " to an empty value",
                                () -> clear(policy)));
            }
        }
    }

    private static void clear(BoundPolicy policy) {
        if (policy.value() != null) {
            policy.value().setValue("");
            return;
        }
        String name = policy.binding().getPolicyName();
        boolean exists = policy.app().getPolicyValues().stream().anyMatch(value -> name.equals(value.getPolicyName()));
        if (!exists) {
            PolicyValue empty = DeploymentFactory.eINSTANCE.createPolicyValue();
            empty.setPolicyName(name);
            empty.setValue("");
            policy.app().getPolicyValues().add(empty);
        }
    }
}
