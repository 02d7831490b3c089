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

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SSO-002 as the platform registers it. */
class PasscodeAuthenticationRuleTest {

    private static ValidationEngine engine;

    @BeforeAll
    static void onlySso002() {
        List<RuleDescriptor> rules = RuleRegistry.fromPlatform().rules().stream()
                .filter(rule -> rule.id().equals("SSO-002")).toList();
        assertEquals(1, rules.size());
        engine = new ValidationEngine(rules);
    }

    @Test
    void trueIsAccepted() {
        assertEquals(List.of(), findings(Models.deploymentWith("ENABLE_PASSCODE_AUTH", "true")));
    }

    @Test
    void trueInAnyCaseIsAccepted() {
        assertEquals(List.of(), findings(Models.deploymentWith("ENABLE_PASSCODE_AUTH", "TRUE")));
    }

    @Test
    void falseIsAnErrorOnTheProperty() {
        List<RuleDiagnostic> findings = findings(Models.deploymentWith("ENABLE_PASSCODE_AUTH", "false"));
        assertEquals(1, findings.size());
        RuleDiagnostic finding = findings.get(0);
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals("SSO-002", finding.getRuleId());
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]", finding.getObjectPath());
        assertTrue(finding.getMessage().contains("\"false\""), finding.getMessage());
        assertTrue(finding.getMessage().contains("\"true\""), finding.getMessage());
    }

    @Test
    void anEmptyValueIsAnError() {
        assertEquals(1, findings(Models.deploymentWith("ENABLE_PASSCODE_AUTH", "")).size());
    }

    @Test
    void aMissingPropertyIsAnErrorOnTheServer() {
        List<RuleDiagnostic> findings = findings(Models.deploymentWith("ENABLE_PASSWORD_CACHING", "true"));
        assertEquals(1, findings.size());
        assertEquals("/server", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("missing"), findings.get(0).getMessage());
    }

    @Test
    void aKeyInTheWrongCaseIsNamedAsTheLikelyCulprit() {
        List<RuleDiagnostic> findings = findings(Models.deploymentWith("enable_passcode_auth", "true"));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).getMessage().contains("enable_passcode_auth"), findings.get(0).getMessage());
    }

    @Test
    void everyWrongDuplicateIsReported() {
        assertEquals(2, findings(Models.deploymentWith("ENABLE_PASSCODE_AUTH", "false", "ENABLE_PASSCODE_AUTH", "0"))
                .size());
    }

    private static List<RuleDiagnostic> findings(Resource model) {
        return engine.validate(model).getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }
}
