/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;

/**
 * SSO-007: the server property {@code MAM_MACRO_SUPPORT} must be {@code true}
 * so that the server expands the macros of {@code SEND_LDAP_ATTRIBUTES} (Seed,
 * "To enable the automatic enrollment in Secure Mail", step 2). Whenever the
 * property has to be added or changed, an info finding says that server
 * property changes take effect only after every server node is restarted (the
 * REST API says so on every server property change); a model that already
 * has it right gets no finding, as nothing has to change.
 */
public final class MacroSupportRule extends RequiredPropertyRule {

    /** The server property this rule checks. */
    public static final String NAME = "MAM_MACRO_SUPPORT";

    /** Creates the rule; called by the extension registry. */
    public MacroSupportRule() {
        super(Setting.Kind.SERVER, NAME, "true");
    }

    @Override
    void violated(EObject object, RuleContext context) {
        context.report(Finding.on(object, "a change of " + NAME
                + " takes effect only after Endpoint Management is restarted on all server nodes")
                .fix("after setting " + NAME + ", restart every server node, in a maintenance window")
                .severity(RuleSeverity.INFO));
    }
}
