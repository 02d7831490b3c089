/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emworkbench.ui.internal.preferences.ValidationPreferences;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

/** Stored rule settings and the validation options they become. */
class ValidationPreferencesTest {

    private final IEclipsePreferences node = (IEclipsePreferences) InstanceScope.INSTANCE
            .getNode("org.emworkbench.ui.tests").node("validation-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingStoredMeansEveryRuleOnWithItsOwnSeverity() {
        ValidationOptions options = ValidationPreferences.read(node).applyTo(ValidationOptions.offline());

        assertEquals(ValidationPreferences.DEFAULTS, ValidationPreferences.read(node));
        assertEquals(Set.of(), options.disabledRules());
        assertEquals(Map.of(), options.severityOverrides());
    }

    @Test
    void storedSettingsBecomeTheOptionsAndKeepTheRest() {
        node.put(ValidationPreferences.DISABLED_RULES, "SSO-014, SSO-002");
        node.put(ValidationPreferences.SEVERITY_OVERRIDES, "SSO-005=warning,SSO-010=info");
        ValidationOptions base = ValidationOptions.offline().withModes(EnumSet.allOf(RuleMode.class))
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(4));

        ValidationOptions options = ValidationPreferences.read(node).applyTo(base);

        assertEquals(Set.of("SSO-002", "SSO-014"), options.disabledRules());
        assertEquals(Map.of("SSO-005", RuleSeverity.WARNING, "SSO-010", RuleSeverity.INFO), options.severityOverrides());
        assertEquals(EnumSet.allOf(RuleMode.class), options.modes());
        assertEquals(Duration.ofSeconds(3), options.offlineTimeout());
    }

    @Test
    void writingStoresTheDocumentedSortedText() {
        new ValidationPreferences(Set.of("SSO-014", "EXA-001", "SSO-002"),
                Map.of("SSO-010", RuleSeverity.INFO, "SSO-005", RuleSeverity.ERROR)).writeTo(node);

        assertEquals("EXA-001,SSO-002,SSO-014", node.get(ValidationPreferences.DISABLED_RULES, null));
        assertEquals("SSO-005=error,SSO-010=info", node.get(ValidationPreferences.SEVERITY_OVERRIDES, null));
        assertEquals(Set.of("EXA-001", "SSO-002", "SSO-014"), ValidationPreferences.read(node).disabledRules());
    }

    @Test
    void unknownSeveritiesAndMalformedPairsAreSkipped() {
        node.put(ValidationPreferences.DISABLED_RULES, " , ,");
        node.put(ValidationPreferences.SEVERITY_OVERRIDES, "SSO-002=loud, =info, SSO-003 = Warning ,SSO-004,,");

        ValidationPreferences read = ValidationPreferences.read(node);

        assertEquals(Set.of(), read.disabledRules());
        assertEquals(Map.of("SSO-003", RuleSeverity.WARNING), read.severityOverrides());
    }
}
