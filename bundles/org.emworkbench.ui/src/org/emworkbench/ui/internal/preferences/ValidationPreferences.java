/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationOptions;
import org.emworkbench.validation.settings.SettingsNode;
import org.osgi.service.prefs.Preferences;

/**
 * The user's rule settings for every model: rules switched off, and severities
 * overridden. Stored in the node {@link SettingsNode#QUALIFIER} under
 * {@value #DISABLED_RULES} (rule ids separated by commas) and
 * {@value #SEVERITY_OVERRIDES} ({@code RULE-ID=severity} pairs separated by
 * commas, severity {@code error}, {@code warning} or {@code info}); both are
 * empty by default. Ids of rules that are not installed are kept, so settings
 * survive a plug-in being removed and added again.
 *
 * @param disabledRules     ids of the rules that do not run
 * @param severityOverrides rule id to the severity all of its findings get
 */
public record ValidationPreferences(Set<String> disabledRules, Map<String, RuleSeverity> severityOverrides) {

    /** Key: the ids of the rules switched off. */
    public static final String DISABLED_RULES = "validation.disabledRules";

    /** Key: the severity overrides. */
    public static final String SEVERITY_OVERRIDES = "validation.severityOverrides";

    /** Every rule on, no severity overridden. */
    public static final ValidationPreferences DEFAULTS = new ValidationPreferences(Set.of(), Map.of());

    private static final Pattern LIST = Pattern.compile("\\s*,\\s*");

    /** Copies the arguments, sorted so that the stored text does not depend on the order of clicks. */
    public ValidationPreferences {
        disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
        severityOverrides = Map.copyOf(new TreeMap<>(severityOverrides));
    }

    /** @return the settings stored in the workspace */
    public static ValidationPreferences current() {
        return read(InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER));
    }

    /**
     * Reads the settings; an unknown severity or a malformed pair is skipped.
     *
     * @param node the node holding the keys
     * @return the settings
     */
    public static ValidationPreferences read(Preferences node) {
        Set<String> disabled = new TreeSet<>();
        for (String id : LIST.split(node.get(DISABLED_RULES, "").strip())) {
            if (!id.isEmpty()) {
                disabled.add(id);
            }
        }
        Map<String, RuleSeverity> overrides = new TreeMap<>();
        for (String pair : LIST.split(node.get(SEVERITY_OVERRIDES, "").strip())) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    overrides.put(pair.substring(0, equals).strip(),
                            RuleSeverity.fromLabel(pair.substring(equals + 1).strip()));
                } catch (IllegalArgumentException e) {
                    // A hand-edited value that names no severity: the rule keeps its own.
                }
            }
        }
        return new ValidationPreferences(disabled, overrides);
    }

    /**
     * Writes the settings under the documented keys. Does not flush.
     *
     * @param node the node to write to
     */
    public void writeTo(Preferences node) {
        node.put(DISABLED_RULES, String.join(",", new TreeSet<>(disabledRules)));
        node.put(SEVERITY_OVERRIDES, String.join(",", new TreeMap<>(severityOverrides).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().label()).toList()));
    }

    /**
     * @param options options to start from, e.g. {@link ValidationOptions#offline()}
     * @return the options with these rules switched off and these severities overridden
     */
    public ValidationOptions applyTo(ValidationOptions options) {
        return options.withDisabledRules(disabledRules).withSeverityOverrides(severityOverrides);
    }
}
