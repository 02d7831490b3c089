/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.facts.PropertyTypes;
import org.emworkbench.validation.internal.facts.PropertyTypes.PropertyType;

/**
 * SSO-016: the values of well-known client and server properties have their
 * type: booleans exactly {@code true} or {@code false}, whole numbers in their
 * range, one of an enum's values. The REST API carries every value as a string
 * (so a typo is accepted and then misread) and writes booleans in lower case;
 * the SSO rules themselves compare booleans ignoring case, so this rule is the
 * one that asks for the exact spelling (Seed, "To enable the automatic
 * enrollment in Secure Mail", step 1a: "Set the following values to true").
 * <p>
 * Which properties have which type is data, the facts file
 * {@value PropertyTypes#FILE}; findings based on an unconfirmed fact say so.
 * </p>
 */
public final class PropertyValueTypeRule implements ValidationRule {

    @Override
    public void check(EObject target, RuleContext context) {
        EndpointManagementServer server = (EndpointManagementServer) target;
        PropertyTypes types = PropertyTypes.load();
        for (String problem : types.problems()) {
            context.report(Finding.on(server, problem));
        }
        for (Setting setting : Setting.all(server)) {
            types.of(setting.kind().factsKind(), setting.key()).ifPresent(type -> check(setting, type, context));
        }
    }

    private static void check(Setting setting, PropertyType type, RuleContext context) {
        String value = setting.value();
        switch (type.type()) {
            case BOOL -> {
                if (!"true".equals(value) && !"false".equals(value)) {
                    boolean spelling = "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
                    String fixed = spelling ? value.toLowerCase(Locale.ROOT) : null;
                    report(setting, type, spelling ? "is " + Setting.quoted(value) + ", but booleans are written "
                            + "exactly true or false" : "is " + Setting.quoted(value) + ", not a boolean",
                            spelling ? fixed : "true or false", fixed, context);
                }
            }
            case INT -> checkInteger(setting, type, context);
            case ENUM -> {
                if (value == null || !type.values().contains(value)) {
                    String match = type.values().stream().filter(allowed -> allowed.equalsIgnoreCase(value)).findFirst()
                            .orElse(null);
                    report(setting, type, "is " + Setting.quoted(value) + (match != null ? ", but the value is written "
                            + match : ", which is not one of " + String.join(", ", type.values())),
                            match != null ? match : String.join(" or ", type.values()), match, context);
                }
            }
            case STRING, ANY -> {
                // Any text will do.
            }
        }
    }

    private static void checkInteger(Setting setting, PropertyType type, RuleContext context) {
        String value = setting.value();
        String range = range(type);
        long number;
        try {
            number = Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            report(setting, type, "is " + Setting.quoted(value) + ", not a whole number", range, null, context);
            return;
        }
        if ((type.min() != null && number < type.min()) || (type.max() != null && number > type.max())) {
            report(setting, type, "is " + number + ", outside its range", range, null, context);
        }
    }

    private static String range(PropertyType type) {
        if (type.min() != null && type.max() != null) {
            return "a whole number from " + type.min() + " to " + type.max();
        }
        if (type.min() != null) {
            return "a whole number of at least " + type.min();
        }
        return type.max() != null ? "a whole number of at most " + type.max() : "a whole number";
    }

    /** Reports a value of the wrong type; {@code fixedValue}, where one value is clearly meant, becomes a quick fix. */
    private static void report(Setting setting, PropertyType type, String what, String expected, String fixedValue,
            RuleContext context) {
        String fix = "set the " + setting.kind().noun() + "'s value to " + expected;
        if (type.confidence().isDoubtful()) {
            fix += " (this type is unconfirmed: if the server accepts the value, override the row for " + type.key()
                    + " in the facts file " + PropertyTypes.FILE + ")";
        }
        Finding finding = Finding.on(setting.object(), setting.key() + " " + what).expected(expected)
                .actual(setting.value()).fix(fix);
        if (fixedValue != null) {
            finding.quickFix("write " + setting.key() + " as " + fixedValue, () -> setting.setValue(fixedValue));
        }
        context.report(finding);
    }
}
