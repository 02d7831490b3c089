/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.ValidationEngine;
import org.junit.jupiter.api.Test;

/** The built-in rules as a whole: registered as documented, silent on a correct deployment. */
class SecureMailDeploymentTest {

    @Test
    void everyOfflineSsoRuleIsRegisteredWithItsDocumentation() {
        List<String> ids = Rules.builtIn().stream().map(RuleDescriptor::id).toList();

        assertEquals(List.of("SSO-001", "SSO-002", "SSO-003", "SSO-004", "SSO-005", "SSO-006", "SSO-007", "SSO-008",
                "SSO-009", "SSO-010", "SSO-011", "SSO-012", "SSO-013", "SSO-014", "SSO-015", "SSO-016", "SSO-017"), ids);
        for (RuleDescriptor rule : Rules.builtIn()) {
            assertEquals("org.emworkbench.sso", rule.category(), rule.id());
            assertEquals(RuleMode.OFFLINE, rule.mode(), rule.id());
            assertTrue(!rule.description().isBlank() && !rule.name().startsWith("%"), rule.id());
        }
    }

    @Test
    void aDeploymentThatFollowsEveryStepHasNoFinding() {
        List<RuleDiagnostic> findings = Rules.findings(new ValidationEngine(Rules.builtIn())
                .validate(Models.secureMailDeployment()));

        assertEquals(List.of(), findings.stream().map(f -> f.getRuleId() + " " + f.getMessage()).toList());
    }
}
