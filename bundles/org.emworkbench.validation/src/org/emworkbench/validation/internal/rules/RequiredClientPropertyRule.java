/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;

/**
 * Requires a client property with a given key to be present with a given
 * boolean value. Keys are matched exactly, as the server does; a property whose
 * key differs only in case is named in the finding because it is the likely
 * culprit. Values are compared ignoring case, since the server reads them as
 * booleans.
 */
abstract class RequiredClientPropertyRule implements ValidationRule {

    private final String key;
    private final String requiredValue;

    RequiredClientPropertyRule(String key, String requiredValue) {
        this.key = key;
        this.requiredValue = requiredValue;
    }

    @Override
    public final void check(EObject target, RuleContext context) {
        EndpointManagementServer server = (EndpointManagementServer) target;
        List<ClientProperty> properties = server.getClientProperties();
        boolean present = false;
        for (ClientProperty property : properties) {
            if (key.equals(property.getKey())) {
                present = true;
                if (!requiredValue.equalsIgnoreCase(property.getValue())) {
                    context.report(Finding.on(property, key + " is " + quoted(property.getValue()) + " but must be \""
                            + requiredValue + "\"").expected(requiredValue).actual(property.getValue())
                            .fix("set the client property's value to " + requiredValue)
                            .quickFix("set " + key + " to " + requiredValue, () -> property.setValue(requiredValue)));
                }
            }
        }
        if (!present) {
            reportMissing(server, properties, context);
        }
    }

    private void reportMissing(EndpointManagementServer server, List<ClientProperty> properties, RuleContext context) {
        for (ClientProperty property : properties) {
            if (property.getKey() != null && property.getKey().toUpperCase(Locale.ROOT).equals(key)) {
                context.report(Finding.on(property, "client property " + key
                        + " is missing (keys are case-sensitive: found \"" + property.getKey() + "\")")
                        .expected(key).actual(property.getKey()).fix("rename the key to " + key)
                        .quickFix("rename " + property.getKey() + " to " + key, () -> property.setKey(key)));
                return;
            }
        }
        context.report(Finding.on(server, "client property " + key + " is missing; add it on Settings > Client Properties")
                .expected(key + " = " + requiredValue).fix("add client property " + key + " with value " + requiredValue)
                .quickFix("add " + key + " = " + requiredValue, () -> addProperty(server)));
    }

    private void addProperty(EndpointManagementServer server) {
        boolean exists = server.getClientProperties().stream().anyMatch(property -> key.equals(property.getKey()));
        if (!exists) {
            ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
            property.setKey(key);
            property.setValue(requiredValue);
            server.getClientProperties().add(property);
        }
    }

    private static String quoted(String value) {
        return value == null ? "unset" : "\"" + value + "\"";
    }
}
