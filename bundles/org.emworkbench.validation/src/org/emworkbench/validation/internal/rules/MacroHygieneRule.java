/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.macro.MacroParser;
import org.emworkbench.model.macro.MacroSyntaxError;
import org.emworkbench.model.macro.MacroText;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.PropertyReference;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.facts.UserMacros;
import org.emworkbench.validation.internal.facts.UserMacros.UserMacro;

/**
 * SSO-006: the macros in every client and server property value are well
 * written. A syntax error is an error (the server cannot expand the macro);
 * the rest are warnings, because the documentation does not say how the server
 * treats them: blanks inside {@code ${ }}, user property names missing from the
 * documented list (facts file {@code user-macros.csv}), names in another case
 * than documented ("property names are case-sensitive", the macro
 * documentation says), and {@code $user.mail} without braces, which the server
 * leaves as text. The seed's own {@code SEND_LDAP_ATTRIBUTES} value draws such
 * warnings (Seed, "To enable the automatic enrollment in Secure Mail", step 1b).
 */
public final class MacroHygieneRule implements ValidationRule {

    private static final String USER_PREFIX = "user";

    @Override
    public void check(EObject target, RuleContext context) {
        EndpointManagementServer server = (EndpointManagementServer) target;
        UserMacros macros = UserMacros.load();
        for (String problem : macros.problems()) {
            context.report(Finding.on(server, problem).severity(RuleSeverity.WARNING));
        }
        for (Setting setting : Setting.all(server)) {
            if (setting.value() != null && setting.value().indexOf('$') >= 0) {
                check(setting, MacroParser.parse(setting.value()), macros, context);
            }
        }
    }

    private static void check(Setting setting, MacroText text, UserMacros macros, RuleContext context) {
        for (MacroSyntaxError error : text.errors()) {
            context.report(Finding.on(setting.object(), setting.key() + " has a macro syntax error at column "
                    + error.column() + ": " + error.message()).actual(setting.value())
                    .fix("correct the macro at column " + error.column() + "; macros are written like ${user.mail}"));
        }
        for (Macro macro : text.macros()) {
            if (hasError(macro, text.errors())) {
                continue;
            }
            if (!macro.blankPositions().isEmpty()) {
                String clean = clean(macro, macros);
                context.report(Finding.on(setting.object(), setting.key() + " has blanks inside the braces of "
                        + macro.source() + " at column " + (macro.blankPositions().get(0) + 1)
                        + "; the macro documentation never writes them and does not say how the server treats them")
                        .expected(clean).actual(macro.source()).fix("write " + clean).severity(RuleSeverity.WARNING)
                        .quickFix("write " + clean + " in " + setting.key(), replace(setting, macro.source(), clean)));
            }
            for (PropertyReference property : macro.expression().properties()) {
                checkName(setting, macro, property, macros, context);
            }
        }
        for (int offset : text.bareDollars()) {
            String written = bareMacro(text.text(), offset);
            context.report(Finding.on(setting.object(), setting.key() + " has " + written + " at column " + (offset + 1)
                    + " without braces, which the server leaves as text").expected("${" + written.substring(1) + "}")
                    .actual(written).fix("write ${" + written.substring(1) + "}").severity(RuleSeverity.WARNING));
        }
    }

    private static void checkName(Setting setting, Macro macro, PropertyReference property, UserMacros macros,
            RuleContext context) {
        if (property.prefix() == null || !USER_PREFIX.equalsIgnoreCase(property.prefix())) {
            // Device and custom properties: the documented lists are incomplete, so nothing to compare with.
            return;
        }
        Optional<UserMacro> documented = macros.find(property.name());
        if (documented.isEmpty()) {
            context.report(Finding.on(setting.object(), setting.key() + " uses user property " + property.name()
                    + " in " + macro.source() + ", which is not among the documented user macros; it expands only if "
                    + "the directory returns an attribute of that name").actual(property.qualifiedName())
                    .fix("check the name against the macro documentation, or add it to the facts file "
                            + UserMacros.FILE + " if the directory has it")
                    .severity(RuleSeverity.WARNING));
        } else if (!documented.get().name().equals(property.name()) || !USER_PREFIX.equals(property.prefix())) {
            String expected = USER_PREFIX + "." + documented.get().name();
            context.report(Finding.on(setting.object(), setting.key() + " writes " + property.qualifiedName() + " in "
                    + macro.source() + " but the macro documentation writes " + expected
                    + ", and says property names are case-sensitive").expected("${" + expected + "}")
                    .actual(macro.source()).fix("write ${" + expected + "}").severity(RuleSeverity.WARNING)
                    .quickFix("write " + clean(macro, macros) + " in " + setting.key(),
                            replace(setting, macro.source(), clean(macro, macros))));
        }
    }

    /** A fix that replaces a macro as written by its clean form; it does nothing once the macro is gone. */
    private static Runnable replace(Setting setting, String written, String clean) {
        return () -> {
            String current = setting.currentValue();
            if (current != null && current.contains(written)) {
                setting.setValue(current.replace(written, clean));
            }
        };
    }

    /** The macro without blanks, with user property names as documented, so that one fix cures both. */
    private static String clean(Macro macro, UserMacros macros) {
        String clean = macro.canonical();
        for (PropertyReference property : macro.expression().properties()) {
            if (property.prefix() != null && USER_PREFIX.equalsIgnoreCase(property.prefix())) {
                Optional<UserMacro> documented = macros.find(property.name());
                if (documented.isPresent()) {
                    clean = clean.replace(property.qualifiedName(), USER_PREFIX + "." + documented.get().name());
                }
            }
        }
        return clean;
    }

    private static boolean hasError(Macro macro, List<MacroSyntaxError> errors) {
        return errors.stream().anyMatch(error -> error.offset() >= macro.start() && error.offset() <= macro.end());
    }

    private static String bareMacro(String text, int dollar) {
        int end = dollar + 1;
        while (end < text.length()
                && (Character.isLetterOrDigit(text.charAt(end)) || "_-.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        while (end > dollar + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(dollar, end);
    }
}
