/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValueMeaning;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.rules.SecureMailPolicies.BoundPolicy;

/**
 * SSO-009: every Secure Mail app's "Initial authentication credentials" is
 * userPrincipalName or sAMAccountName, and the one the Exchange organization
 * accepts for logon: userPrincipalName for UPN logon, sAMAccountName for
 * DOMAIN\\user logon (Seed, "To configure the Secure Mail app policy", step 2:
 * "your selection is based on the authentication type configured against the
 * user's Exchange Mail Server"). When the model does not say which logon form
 * Exchange accepts, a warning says the choice cannot be checked.
 */
public final class InitialAuthenticationCredentialsRule implements ValidationRule {

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        List<BoundPolicy> policies = SecureMailPolicies.find(deployment,
                PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS, context);
        boolean logonFormReported = false;
        Set<PolicyBinding> reported = new HashSet<>();
        for (BoundPolicy policy : policies) {
            String upn = policy.valueMeaning(PolicyValueMeaning.USER_PRINCIPAL_NAME);
            String sam = policy.valueMeaning(PolicyValueMeaning.SAM_ACCOUNT_NAME);
            if (upn == null && sam == null) {
                if (reported.add(policy.binding())) {
                    SecureMailPolicies.reportUnboundValue(policy, PolicyValueMeaning.USER_PRINCIPAL_NAME, context);
                }
                continue;
            }
            PolicyValueMeaning meaning = policy.effectiveMeaning();
            String actual = policy.effectiveValue();
            if (meaning != PolicyValueMeaning.USER_PRINCIPAL_NAME && meaning != PolicyValueMeaning.SAM_ACCOUNT_NAME) {
                context.report(Finding.on(policy.where(), policy.describe() + (policy.isDefault()
                        ? " is not set, and its default " + policy.withLabel(actual) + " is"
                        : " is " + policy.withLabel(actual) + ", which is") + " neither userPrincipalName nor sAMAccountName")
                        .expected(upn != null ? upn : sam).actual(actual)
                        .fix("set '" + policy.label() + "' to userPrincipalName or sAMAccountName, whichever the "
                                + "Exchange server accepts for logon"));
                continue;
            }
            ExchangeOrganization exchange = deployment.getExchange();
            if (exchange == null || !exchange.isSetLogonForm()) {
                if (!logonFormReported) {
                    logonFormReported = true;
                    context.report(Finding.on(exchange != null ? exchange : deployment, "the model does not say "
                            + "which logon form Exchange accepts, so the choice of " + policy.withLabel(actual)
                            + " for '" + policy.label() + "' cannot be checked")
                            .expected("exchange logonForm upn or domainUser")
                            .fix("set the Exchange organization's logonForm: upn when Exchange accepts user@domain, "
                                    + "domainUser when it expects DOMAIN\\user")
                            .severity(RuleSeverity.WARNING));
                }
                continue;
            }
            PolicyValueMeaning accepted = exchange.getLogonForm() == ExchangeLogonForm.UPN
                    ? PolicyValueMeaning.USER_PRINCIPAL_NAME : PolicyValueMeaning.SAM_ACCOUNT_NAME;
            if (meaning != accepted) {
                String expected = policy.valueMeaning(accepted);
                context.report(Finding.on(policy.where(), policy.describe() + " sends "
                        + SecureMailPolicies.labelOf(meaning) + " but Exchange accepts "
                        + (accepted == PolicyValueMeaning.USER_PRINCIPAL_NAME ? "UPN logon (user@domain)"
                                : "DOMAIN\\user logon"))
                        .expected(expected != null ? expected : SecureMailPolicies.labelOf(accepted)).actual(actual)
                        .fix("set '" + policy.label() + "' to " + SecureMailPolicies.labelOf(accepted)
                                + ", or correct the Exchange organization's logonForm if it is wrong"));
            }
        }
    }
}
