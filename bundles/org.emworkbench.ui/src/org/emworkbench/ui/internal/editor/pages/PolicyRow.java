/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;

/**
 * One policy of an app as the policy table shows it: its definition from the
 * app's catalogue and the value the deployment sets, either of which may be
 * missing (a value for a policy the catalogue does not declare is shown too,
 * so that it can be seen and removed). Rows are equal when they are about the
 * same policy of the same app, so that a row keeps its selection when its
 * value is set.
 */
final class PolicyRow {

    private final MdxApplication app;
    private final String policyName;
    private final PolicyDefinition definition;
    private final PolicyValue value;

    private PolicyRow(MdxApplication app, String policyName, PolicyDefinition definition, PolicyValue value) {
        this.app = app;
        this.policyName = policyName;
        this.definition = definition;
        this.value = value;
    }

    /**
     * @param app an app
     * @return a row per declared policy, in catalogue order, then a row per value without a declaration
     */
    static List<PolicyRow> of(MdxApplication app) {
        Map<String, PolicyValue> values = new LinkedHashMap<>();
        for (PolicyValue each : app.getPolicyValues()) {
            values.putIfAbsent(each.getPolicyName(), each);
        }
        List<PolicyRow> rows = new ArrayList<>();
        for (PolicyDefinition each : app.getPolicies()) {
            rows.add(new PolicyRow(app, each.getName(), each, values.remove(each.getName())));
        }
        values.forEach((name, each) -> rows.add(new PolicyRow(app, name, null, each)));
        return rows;
    }

    MdxApplication app() {
        return app;
    }

    String policyName() {
        return policyName;
    }

    /** @return the declaration, or {@code null} when the catalogue does not declare the policy */
    PolicyDefinition definition() {
        return definition;
    }

    /** @return the value set, or {@code null} when the policy keeps its default */
    PolicyValue value() {
        return value;
    }

    String title() {
        if (definition != null && definition.getTitle() != null && !definition.getTitle().isBlank()) {
            return definition.getTitle();
        }
        return policyName;
    }

    String shownValue() {
        return value == null ? "" : Objects.requireNonNullElse(value.getValue(), "");
    }

    String defaultValue() {
        return definition == null ? "" : Objects.requireNonNullElse(definition.getDefaultValue(), "");
    }

    String type() {
        return definition == null ? "" : Objects.requireNonNullElse(definition.getType(), "");
    }

    /** @return the values the policy accepts, empty for free values */
    List<String> allowedValues() {
        return definition == null ? List.of()
                : definition.getAllowedValues().stream().map(AllowedValue::getValue).filter(Objects::nonNull).toList();
    }

    boolean isBoolean() {
        String type = type().toLowerCase(Locale.ROOT);
        return type.equals("boolean") || type.equals("bool");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyRow row && row.app == app && Objects.equals(row.policyName, policyName);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(app) * 31 + Objects.hashCode(policyName);
    }
}
