/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.junit.jupiter.api.Test;

/** The registry as it reads the real extension registry of the test runtime. */
class ExtensionRuleRegistryTest {

    private final RuleRegistry registry = RuleRegistry.fromPlatform();

    @Test
    void theBuiltInRuleIsRegisteredWithItsAttributes() {
        RuleDescriptor sso002 = rule("SSO-002");
        assertEquals("org.emworkbench.validation", sso002.contributor());
        assertEquals("org.emworkbench.sso", sso002.category());
        assertEquals(RuleSeverity.ERROR, sso002.severity());
        assertEquals(RuleMode.OFFLINE, sso002.mode());
        assertEquals(DeploymentPackage.Literals.ENDPOINT_MANAGEMENT_SERVER, sso002.target());
        assertEquals("Citrix PIN authentication is enabled", sso002.name());
        assertTrue(sso002.description().contains("ENABLE_PASSCODE_AUTH"), sso002.description());
    }

    @Test
    void aDocumentationLinkIsKeptAsWrittenAndAbsentOnesAreNull() {
        assertEquals("docs/rules/TEST-THROWS.md", rule("TEST-THROWS").documentation());
        assertNull(rule("TEST-ONLINE").documentation());
    }

    @Test
    void rulesAreOrderedById() {
        List<String> ids = registry.rules().stream().map(RuleDescriptor::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void aSecondRuleWithATakenIdIsRefusedAndTheFirstKept() {
        assertEquals("org.emworkbench.validation", rule("SSO-002").contributor());
        assertProblem("rule SSO-002 is ignored: the id is already used by plug-in org.emworkbench.validation");
    }

    @Test
    void invalidContributionsAreReportedNamingThePlugin() {
        assertProblem("rule TEST-BAD-TARGET is ignored: package deployment has no class 'Spaceship'");
        assertProblem("rule TEST-BAD-CATEGORY is ignored: category 'nowhere' is not declared");
        assertTrue(registry.rules().stream().noneMatch(rule -> rule.id().startsWith("TEST-BAD")));
    }

    @Test
    void aRuleWhoseClassIsMissingIsRegisteredAndFailsOnlyWhenRun() {
        assertEquals("org.emworkbench.validation.tests", rule("TEST-NO-CLASS").contributor());
    }

    private RuleDescriptor rule(String id) {
        return registry.rules().stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not registered: " + registry.rules()));
    }

    private void assertProblem(String expected) {
        List<String> problems = registry.contributionProblems();
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("plug-in org.emworkbench.validation.tests")
                && problem.contains(expected)), "expected a problem containing '" + expected + "' in " + problems);
    }
}
