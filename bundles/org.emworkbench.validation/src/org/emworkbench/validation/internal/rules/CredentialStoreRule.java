/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

/**
 * SSO-004: Secure Mail SSO needs {@code ENABLE_CREDENTIAL_STORE} set to
 * {@code true}, so that Secure Hub keeps the credentials Secure Mail is
 * configured with (Seed, "To enable the automatic enrollment in Secure Mail",
 * step 1a). The property is not predefined: it usually has to be added.
 */
public final class CredentialStoreRule extends RequiredPropertyRule {

    /** The client property this rule checks. */
    public static final String KEY = "ENABLE_CREDENTIAL_STORE";

    /** Creates the rule; called by the extension registry. */
    public CredentialStoreRule() {
        super(Setting.Kind.CLIENT, KEY, "true");
    }
}
