/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.Locale;

import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;

/**
 * Step 5: Secure Mail logs on to Exchange with the credential its policy
 * names (userPrincipalName or sAMAccountName), taken from the attributes
 * Secure Hub received in step 3. Whether Exchange accepts that form is the
 * rule's part (SSO-009); whether the user has the value is read from step 3's
 * expansion.
 */
final class CredentialStep {

    private CredentialStep() {
    }

    static StepResult walk(Walk walk) {
        StepRecord record = new StepRecord(Step.CREDENTIAL);
        record.rules(walk.findings.of(Step.CREDENTIAL));
        CredentialPolicy policy = CredentialPolicy.of(walk.deployment);
        ExchangeOrganization exchange = walk.deployment.getExchange();
        if (exchange != null && exchange.isSetLogonForm()) {
            record.saw(Evidence.MODEL, "Exchange accepts logon as " + exchange.getLogonForm().getLiteral());
        }
        String attribute = switch (policy) {
            case USER_PRINCIPAL_NAME -> "userPrincipalName";
            case SAM_ACCOUNT_NAME -> "sAMAccountName";
            case UNKNOWN -> null;
        };
        if (attribute == null) {
            record.fail("the model does not say which credential Secure Mail sends",
                    "set Secure Mail's Initial authentication credentials to userPrincipalName or sAMAccountName");
            return record.result("");
        }
        record.saw(Evidence.MODEL, "Secure Mail's initial authentication credentials: " + attribute);
        ExpandedAttribute sent = walk.expansion.preview().attributes().stream()
                .filter(a -> a.name().equalsIgnoreCase(attribute)).findFirst().orElse(null);
        if (sent == null) {
            record.fail("SEND_LDAP_ATTRIBUTES does not send " + attribute + ", so Secure Hub has no " + attribute
                    + " to hand Secure Mail", "add " + attribute + "=${user." + attribute.toLowerCase(Locale.ROOT)
                    + "} to SEND_LDAP_ATTRIBUTES");
        } else if (sent.value() == null || sent.value().isBlank()) {
            record.fail("the user's " + attribute + " is empty", "give the user a " + attribute + " in the directory");
        } else {
            record.saw(Evidence.LDAP, attribute + " = " + sent.value());
        }
        return record.result("Secure Mail logs on to Exchange as " + (sent == null ? "" : sent.value())
                + ": the account is configured");
    }
}
