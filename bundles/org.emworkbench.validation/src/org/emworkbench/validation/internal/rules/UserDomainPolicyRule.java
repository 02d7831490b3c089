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
 * SSO-011: Secure Mail's "Secure Mail user domain" policy is empty (Seed, "To
 * configure the Secure Mail app policy", step 3), so that Secure Mail logs on
 * with the user name Secure Hub hands over, as it is.
 */
public final class UserDomainPolicyRule extends EmptySecureMailPolicyRule {

    /** Creates the rule; called by the extension registry. */
    public UserDomainPolicyRule() {
        super(PolicyMeaning.USER_DOMAIN, "a fixed domain changes the user name SSO hands to Exchange");
    }
}
