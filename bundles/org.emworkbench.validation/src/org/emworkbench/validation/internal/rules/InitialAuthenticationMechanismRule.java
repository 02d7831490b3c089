/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValueMeaning;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.rules.SecureMailPolicies.BoundPolicy;

/**
 * SSO-008: every Secure Mail app's "Initial authentication mechanism" is the
 * user email address (Seed, "To enable the automatic enrollment in Secure
 * Mail", step 3, and "To configure the Secure Mail app policy", step 1), so
 * that Secure Mail configures the account from the address Secure Hub hands
 * over. The policy and the value are found through the model's policy bindings.
 */
public final class InitialAuthenticationMechanismRule implements ValidationRule {

    private static final PolicyValueMeaning REQUIRED = PolicyValueMeaning.USER_EMAIL_ADDRESS;

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        Set<PolicyBinding> reported = new HashSet<>();
        for (BoundPolicy policy : SecureMailPolicies.find(deployment, PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM,
                context)) {
            String required = policy.valueMeaning(REQUIRED);
            if (required == null) {
                if (reported.add(policy.binding())) {
                    SecureMailPolicies.reportUnboundValue(policy, REQUIRED, context);
                }
            } else if (policy.effectiveMeaning() != REQUIRED) {
                String actual = policy.effectiveValue();
                context.report(Finding.on(policy.where(), policy.describe() + (policy.isDefault()
                        ? " is not set, and its default " + policy.withLabel(actual) + " is not"
                        : " is " + policy.withLabel(actual) + ", not") + " the user email address")
                        .expected(required).actual(actual)
                        .fix("set '" + policy.label() + "' to '" + SecureMailPolicies.labelOf(REQUIRED) + "' (value "
                                + required + ")"));
            }
        }
    }
}
