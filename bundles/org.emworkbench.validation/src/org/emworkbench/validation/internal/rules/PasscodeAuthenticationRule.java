/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

/**
 * SSO-002: Secure Mail SSO needs {@code ENABLE_PASSCODE_AUTH} set to
 * {@code true}, so that Secure Hub protects the cached credentials it hands to
 * Secure Mail with a Citrix PIN.
 */
public final class PasscodeAuthenticationRule extends RequiredPropertyRule {

    /** The client property this rule checks. */
    public static final String KEY = "ENABLE_PASSCODE_AUTH";

    /** Creates the rule; called by the extension registry. */
    public PasscodeAuthenticationRule() {
        super(Setting.Kind.CLIENT, KEY, "true");
    }
}
