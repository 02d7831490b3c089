/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.PropertyReference;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.facts.UserMacros;
import org.emworkbench.validation.internal.facts.UserMacros.UserMacro;

/**
 * SSO-017: the directory returns every attribute the user macros in
 * {@code SEND_LDAP_ATTRIBUTES} read; a macro whose attribute the server does
 * not read expands to nothing, and Secure Mail gets no user name (Seed, "To
 * enable the automatic enrollment in Secure Mail", step 1b; the macro
 * documentation: administrator-defined properties are "available when
 * present"). Which attribute a macro reads is data, the facts file
 * {@value UserMacros#FILE}; a macro not listed there is taken to read the
 * attribute of its own name. LDAP attribute names compare ignoring case.
 */
public final class DirectoryAttributesRule implements ValidationRule {

    /** An attribute the server must read, and the first macro that reads it. */
    private record Need(String attribute, String macro) {
    }

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        if (deployment.getServer() == null) {
            return;
        }
        Map<String, Need> needed = needed(deployment.getServer().getClientProperties(), UserMacros.load());
        if (needed.isEmpty()) {
            return;
        }
        Directory directory = deployment.getDirectory();
        if (directory == null) {
            context.report(Finding.on(deployment, "the model has no directory, so nothing shows that the server reads "
                    + "the attributes " + LdapAttributeList.KEY + " sends")
                    .expected("a directory whose userAttributes include "
                            + needed.values().stream().map(Need::attribute).collect(Collectors.joining(", ")))
                    .fix("add the directory with its user attributes"));
            return;
        }
        Set<String> returned = directory.getUserAttributes().stream().filter(attribute -> attribute != null)
                .map(attribute -> attribute.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        needed.forEach((lowerCase, need) -> {
            if (!returned.contains(lowerCase)) {
                context.report(Finding.on(directory, "the directory does not return " + need.attribute() + ", which "
                        + need.macro() + " in " + LdapAttributeList.KEY + " needs, so the macro expands to nothing")
                        .expected(need.attribute()).actual(String.join(", ", directory.getUserAttributes()))
                        .fix("add " + need.attribute() + " to the directory's user attributes"));
            }
        });
    }

    /** The attributes the user macros of SEND_LDAP_ATTRIBUTES read, by lower-case name, in order. */
    private static Map<String, Need> needed(List<ClientProperty> properties, UserMacros macros) {
        Map<String, Need> needed = new LinkedHashMap<>();
        for (ClientProperty property : properties) {
            if (!LdapAttributeList.KEY.equals(property.getKey())) {
                continue;
            }
            for (Macro macro : LdapAttributeList.parse(property.getValue()).text().macros()) {
                for (PropertyReference reference : macro.expression().properties()) {
                    if ("user".equalsIgnoreCase(reference.prefix()) && !reference.name().isEmpty()) {
                        Optional<UserMacro> documented = macros.find(reference.name());
                        // A macro the facts do not list is taken to read the attribute of its own name;
                        // a listed one without attribute is computed by the server.
                        String attribute = documented.isPresent() ? documented.get().attribute() : reference.name();
                        if (attribute != null) {
                            needed.putIfAbsent(attribute.toLowerCase(Locale.ROOT), new Need(attribute, macro.source()));
                        }
                    }
                }
            }
        }
        return needed;
    }
}
