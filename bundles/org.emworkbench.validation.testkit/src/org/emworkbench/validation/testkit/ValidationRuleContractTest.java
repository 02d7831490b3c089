/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every validation rule keeps, as tests a plug-in author
 * inherits: subclass it in an OSGi test bundle (tycho-surefire), name the
 * rule and give one model on which it finds nothing and one on which it finds
 * something. The tests run the rule the way EMW does, through the real
 * extension registry and engine.
 *
 * <pre>
 * class InactivityTimerRuleTest extends ValidationRuleContractTest {
 *     protected String ruleId() { return "CONTOSO-001"; }
 *     protected Resource modelWithoutFindings() { ... }
 *     protected Resource modelWithFindings() { ... }
 * }
 * </pre>
 *
 * Add tests of your own for what the rule is about; these check only what
 * every rule owes the engine and the user.
 *
 * @since 0.1
 */
public abstract class ValidationRuleContractTest {

    private RuleDescriptor rule;

    /** @return the id of the rule under test, as in its plugin.xml */
    protected abstract String ruleId();

    /**
     * @return a new resource with a model on which the rule reports nothing
     * @throws Exception if the model cannot be made
     */
    protected abstract Resource modelWithoutFindings() throws Exception;

    /**
     * @return a new resource with a model on which the rule reports at least one finding
     * @throws Exception if the model cannot be made
     */
    protected abstract Resource modelWithFindings() throws Exception;

    /** Finds the rule in the running platform's registry. */
    @BeforeEach
    void findRule() {
        RuleRegistry registry = RuleRegistry.fromPlatform();
        List<RuleDescriptor> matching = registry.rules().stream().filter(r -> r.id().equals(ruleId())).toList();
        if (matching.size() != 1) {
            fail("rule " + ruleId() + " is not registered; contribution problems: " + registry.contributionProblems());
        }
        rule = matching.get(0);
    }

    @Test
    void isRegisteredWithoutContributionProblems() {
        List<String> mine = RuleRegistry.fromPlatform().contributionProblems().stream()
                .filter(problem -> problem.contains("rule " + ruleId() + " ")).toList();
        assertEquals(List.of(), mine, "the registry reports problems with this rule's contribution");
        assertFalse(rule.name().isBlank(), "the rule has a name");
        assertFalse(rule.description().isBlank(), "the rule has a description telling users why it exists");
        assertNotNull(rule.rule().get(), "the rule class can be created");
    }

    @Test
    void findsNothingOnTheModelWithoutFindings() throws Exception {
        assertEquals(List.of(), messages(findings(modelWithoutFindings())));
    }

    @Test
    void reportsUsableFindingsOnTheModelWithFindings() throws Exception {
        Resource model = modelWithFindings();
        List<RuleDiagnostic> findings = findings(model);

        assertFalse(findings.isEmpty(), "the rule reports something on the model with findings");
        for (RuleDiagnostic finding : findings) {
            assertEquals(ruleId(), finding.getRuleId());
            assertFalse(finding.getMessage().isBlank(), "every finding has a message");
            assertFalse(finding.getMessage().startsWith(ruleId()), "messages leave the rule id to EMW: " + finding);
            assertTrue(finding.getObject().eResource() == model, "findings are about objects of the model: " + finding);
        }
    }

    @Test
    void reportsOnlyAboutItsTargetsOrWhatTheyContain() throws Exception {
        Resource model = modelWithFindings();
        List<EObject> targets = instancesOfTarget(model);
        for (RuleDiagnostic finding : findings(model)) {
            assertTrue(targets.stream().anyMatch(target -> EcoreUtil.isAncestor(target, finding.getObject())),
                    "a finding is about " + finding.getObjectPath() + ", which no " + rule.target().getName()
                            + " contains");
        }
    }

    @Test
    void doesNotChangeTheModel() throws Exception {
        Resource model = modelWithFindings();
        List<EObject> before = EcoreUtil.copyAll(model.getContents()).stream().toList();

        findings(model);

        assertTrue(EcoreUtil.equals(before, model.getContents()), "validation left the model as it was");
    }

    @Test
    void keepsNoStateBetweenRuns() throws Exception {
        Resource model = modelWithFindings();
        assertEquals(messages(findings(model)), messages(findings(model)), "the same model gives the same findings");
        findings(modelWithoutFindings());
        assertEquals(messages(findings(model)), messages(findings(modelWithFindings())));
    }

    @Test
    void toleratesAnEmptyInstanceOfItsTarget() {
        Resource model = new ResourceImpl();
        model.getContents().add(EcoreUtil.create(rule.target()));

        for (RuleDiagnostic finding : findings(model)) {
            assertEquals(RuleDiagnostic.FINDING, finding.getCode(),
                    "the rule must not fail on an object whose features are all unset: " + finding.getMessage());
        }
    }

    /**
     * Runs the rule under test alone, in every mode it may have.
     *
     * @param model a model
     * @return its findings
     */
    protected final List<RuleDiagnostic> findings(Resource model) {
        Diagnostic result = new ValidationEngine(List.of(rule))
                .validate(model, ValidationOptions.offline().withModes(EnumSet.allOf(RuleMode.class)));
        List<RuleDiagnostic> findings = new ArrayList<>();
        for (Diagnostic child : result.getChildren()) {
            findings.add((RuleDiagnostic) child);
        }
        return findings;
    }

    private List<EObject> instancesOfTarget(Resource model) {
        List<EObject> targets = new ArrayList<>();
        for (Iterator<EObject> contents = model.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (rule.appliesTo(object.eClass())) {
                targets.add(object);
            }
        }
        return targets;
    }

    private static List<String> messages(List<RuleDiagnostic> findings) {
        return findings.stream().map(finding -> finding.getObjectPath() + ": " + finding.getMessage()).toList();
    }
}
