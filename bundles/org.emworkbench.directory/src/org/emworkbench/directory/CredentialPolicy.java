/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Objects;
import java.util.Optional;

import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.PolicyValueBinding;
import org.emworkbench.model.deployment.PolicyValueMeaning;

/**
 * Which user name Secure Mail hands Exchange: the "Initial authentication
 * credentials" policy of Secure Mail (domain facts §7). The preview warns when
 * it is userPrincipalName and a user's UPN differs from the mail address.
 *
 * @since 0.1
 */
public enum CredentialPolicy {
    /** Secure Mail sends the userPrincipalName. */
    USER_PRINCIPAL_NAME,
    /** Secure Mail sends the sAMAccountName. */
    SAM_ACCOUNT_NAME,
    /** The model does not say. */
    UNKNOWN;

    /**
     * Reads the policy from a deployment: the value in effect of the Secure
     * Mail policy bound to {@link PolicyMeaning#INITIAL_AUTHENTICATION_CREDENTIALS}
     * (the value set, else the catalogue's default), translated by the
     * binding's value bindings. When no Secure Mail app says, the Exchange
     * organization's logon form decides (UPN logon: userPrincipalName;
     * DOMAIN\\user: sAMAccountName).
     *
     * @param deployment a deployment
     * @return the policy, {@link #UNKNOWN} when the model does not say
     */
    public static CredentialPolicy of(Deployment deployment) {
        Objects.requireNonNull(deployment, "deployment");
        for (PolicyBinding binding : deployment.getPolicyBindings()) {
            if (binding.getAppRole() != AppRole.SECURE_MAIL
                    || binding.getMeaning() != PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS) {
                continue;
            }
            for (MdxApplication app : deployment.getApplications()) {
                if (app.getRole() != AppRole.SECURE_MAIL) {
                    continue;
                }
                Optional<PolicyValueMeaning> meaning = effectiveValue(app, binding.getPolicyName())
                        .flatMap(value -> binding.getValueBindings().stream()
                                .filter(bound -> value.equals(bound.getValue())).map(PolicyValueBinding::getMeaning)
                                .findFirst());
                if (meaning.isPresent() && meaning.get() == PolicyValueMeaning.USER_PRINCIPAL_NAME) {
                    return USER_PRINCIPAL_NAME;
                }
                if (meaning.isPresent() && meaning.get() == PolicyValueMeaning.SAM_ACCOUNT_NAME) {
                    return SAM_ACCOUNT_NAME;
                }
            }
        }
        if (deployment.getExchange() != null && deployment.getExchange().isSetLogonForm()) {
            return deployment.getExchange().getLogonForm() == ExchangeLogonForm.UPN ? USER_PRINCIPAL_NAME
                    : SAM_ACCOUNT_NAME;
        }
        return UNKNOWN;
    }

    private static Optional<String> effectiveValue(MdxApplication app, String policyName) {
        if (policyName == null) {
            return Optional.empty();
        }
        Optional<String> set = app.getPolicyValues().stream().filter(value -> policyName.equals(value.getPolicyName()))
                .map(PolicyValue::getValue).filter(Objects::nonNull).findFirst();
        if (set.isPresent()) {
            return set;
        }
        return app.getPolicies().stream().filter(policy -> policyName.equals(policy.getName()))
                .map(PolicyDefinition::getDefaultValue).filter(Objects::nonNull).findFirst();
    }
}
