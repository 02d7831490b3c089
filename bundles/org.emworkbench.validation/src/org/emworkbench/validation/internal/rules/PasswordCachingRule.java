/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

/**
 * SSO-003: Secure Mail SSO needs {@code ENABLE_PASSWORD_CACHING} set to
 * {@code true}, so that Secure Hub caches the user's Active Directory password
 * and can hand it to Secure Mail (Seed, "To enable the automatic enrollment in
 * Secure Mail", step 1a).
 */
public final class PasswordCachingRule extends RequiredPropertyRule {

    /** The client property this rule checks. */
    public static final String KEY = "ENABLE_PASSWORD_CACHING";

    /** Creates the rule; called by the extension registry. */
    public PasswordCachingRule() {
        super(Setting.Kind.CLIENT, KEY, "true");
    }
}
