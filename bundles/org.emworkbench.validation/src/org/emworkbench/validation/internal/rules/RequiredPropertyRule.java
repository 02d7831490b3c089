/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;

/**
 * Requires a client or server property with a given key to be present with a
 * given boolean value. Keys are matched exactly, as the server does; a property
 * whose key differs only in case is named in the finding because it is the
 * likely culprit. Values are compared ignoring case, since the server reads
 * them as booleans (SSO-016 asks for the exact spelling).
 */
abstract class RequiredPropertyRule implements ValidationRule {

    private final Setting.Kind kind;
    private final String key;
    private final String requiredValue;

    RequiredPropertyRule(Setting.Kind kind, String key, String requiredValue) {
        this.kind = kind;
        this.key = key;
        this.requiredValue = requiredValue;
    }

    @Override
    public final void check(EObject target, RuleContext context) {
        EndpointManagementServer server = (EndpointManagementServer) target;
        List<Setting> settings = kind.of(server);
        boolean present = false;
        for (Setting setting : settings) {
            if (key.equals(setting.key())) {
                present = true;
                if (!requiredValue.equalsIgnoreCase(setting.value())) {
                    context.report(Finding.on(setting.object(), key + " is " + Setting.quoted(setting.value())
                            + " but must be \"" + requiredValue + "\"").expected(requiredValue).actual(setting.value())
                            .fix("set the " + kind.noun() + "'s value to " + requiredValue)
                            .quickFix("set " + key + " to " + requiredValue, () -> setting.setValue(requiredValue)));
                    violated(setting.object(), context);
                }
            }
        }
        if (!present) {
            Setting lookalike = lookalike(settings);
            Finding finding = Finding.on(server, kind.noun() + " " + key + " is missing" + (lookalike == null ? ""
                    : " (keys are case-sensitive: found \"" + lookalike.key() + "\")"))
                    .expected(key + " = " + requiredValue)
                    .fix(lookalike == null ? "add " + kind.noun() + " " + key + " with value " + requiredValue + " on "
                            + kind.consolePage() : "rename \"" + lookalike.key() + "\" to " + key);
            if (lookalike == null) {
                finding.quickFix("add " + key + " = " + requiredValue,
                        () -> kind.addIfMissing(server, key, requiredValue));
            } else {
                finding.quickFix("rename " + lookalike.key() + " to " + key, () -> lookalike.setKey(key));
            }
            context.report(finding);
            violated(server, context);
        }
    }

    /**
     * Called after each finding, for rules that have more to say when the
     * property has to be changed.
     *
     * @param object  the object of the finding
     * @param context where findings go
     */
    void violated(EObject object, RuleContext context) {
        // Most rules have nothing to add.
    }

    /** @return a property whose key differs only in case, the likely culprit; or {@code null} */
    private Setting lookalike(List<Setting> settings) {
        for (Setting setting : settings) {
            if (setting.key() != null && setting.key().equalsIgnoreCase(key)) {
                return setting;
            }
        }
        return null;
    }
}
