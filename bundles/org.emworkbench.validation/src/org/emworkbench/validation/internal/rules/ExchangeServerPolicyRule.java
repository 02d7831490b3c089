/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import org.emworkbench.model.deployment.PolicyMeaning;

/**
 * SSO-010: Secure Mail's "Secure Mail Exchange Server" policy is empty (Seed,
 * "To configure the Secure Mail app policy", step 3), so that Secure Mail finds
 * the user's mailbox server through Exchange Autodiscover.
 */
public final class ExchangeServerPolicyRule extends EmptySecureMailPolicyRule {

    /** Creates the rule; called by the extension registry. */
    public ExchangeServerPolicyRule() {
        super(PolicyMeaning.EXCHANGE_SERVER, "a fixed server overrides Exchange Autodiscover, which SSO relies on");
    }
}
