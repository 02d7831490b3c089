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

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.RuleSuppression;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;
import org.emworkbench.validation.ValidationRule;
import org.junit.jupiter.api.Test;

class ValidationEngineTest {

    private final Resource broken = Models.deploymentWith("ENABLE_PASSCODE_AUTH", "false", "OTHER", "x");

    @Test
    void aThrowingRuleBecomesOneErrorPerObjectAndTheOtherRulesStillRun() {
        ValidationEngine engine = new ValidationEngine(registered("TEST-THROWS", "SSO-002"));

        List<RuleDiagnostic> findings = findings(engine.validate(broken));

        List<RuleDiagnostic> failures = findings.stream().filter(f -> f.getCode() == RuleDiagnostic.RULE_FAILURE)
                .toList();
        assertEquals(2, failures.size(), "one failure per client property: " + findings);
        assertEquals(Diagnostic.ERROR, failures.get(0).getSeverity());
        assertTrue(failures.get(0).getMessage().contains("TEST-THROWS"), failures.get(0).getMessage());
        assertTrue(failures.get(0).getMessage().contains("org.emworkbench.validation.tests"),
                failures.get(0).getMessage());
        assertTrue(findings.stream().anyMatch(f -> f.getRuleId().equals("SSO-002")), "SSO-002 still ran");
    }

    @Test
    void aRuleThatCannotBeCreatedIsReportedOnce() {
        ValidationEngine engine = new ValidationEngine(registered("TEST-NO-CLASS", "SSO-002"));

        List<RuleDiagnostic> findings = findings(engine.validate(broken));

        assertEquals(1, findings.stream().filter(f -> f.getRuleId().equals("TEST-NO-CLASS")).count());
        assertTrue(findings.stream().anyMatch(f -> f.getRuleId().equals("SSO-002")));
    }

    @Test
    void aHangingRuleIsStoppedAtItsTimeoutAndTheOtherRulesStillRun() {
        ValidationEngine engine = new ValidationEngine(registered("TEST-HANGS", "SSO-002"));
        ValidationOptions options = ValidationOptions.offline().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

        List<RuleDiagnostic> findings = findings(engine.validate(broken, options));

        List<RuleDiagnostic> hung = findings.stream().filter(f -> f.getRuleId().equals("TEST-HANGS")).toList();
        assertEquals(1, hung.size(), findings.toString());
        assertEquals(RuleDiagnostic.RULE_FAILURE, hung.get(0).getCode());
        assertTrue(hung.get(0).getMessage().contains("did not finish within"), hung.get(0).getMessage());
        assertTrue(hung.get(0).getMessage().contains("org.emworkbench.validation.tests"), hung.get(0).getMessage());
        assertTrue(findings.stream().anyMatch(f -> f.getRuleId().equals("SSO-002")), "SSO-002 still ran");
    }

    @Test
    void aCancelledValidationStopsAndSaysSo() {
        AtomicInteger calls = new AtomicInteger();
        ValidationRule counting = (target, context) -> calls.incrementAndGet();
        RuleDescriptor first = descriptor("T-1", counting);
        RuleDescriptor second = descriptor("T-2", counting);

        Diagnostic result = new ValidationEngine(List.of(first, second))
                .validate(broken, ValidationOptions.offline().withCancellation(() -> calls.get() > 0));

        assertEquals(1, calls.get(), "the first object was checked, then validation stopped");
        Diagnostic last = result.getChildren().get(result.getChildren().size() - 1);
        assertEquals(Diagnostic.CANCEL, last.getSeverity());
    }

    @Test
    void findingsCarryExpectedActualAndAFixHint() {
        RuleDiagnostic finding = findings(new ValidationEngine(registered("SSO-002")).validate(broken)).get(0);

        assertEquals("true", finding.getExpected());
        assertEquals("false", finding.getActual());
        assertEquals("set the client property's value to true", finding.getFixHint());
    }

    @Test
    void aModelCanSwitchARuleOffEverywhereOrForOneObject() {
        Deployment deployment = (Deployment) broken.getContents().get(0);
        RuleDescriptor everywhere = descriptor("T-ALL", (target, context) -> context.report(target, "seen"));
        RuleSuppression forServerProperties = DeploymentFactory.eINSTANCE.createRuleSuppression();
        forServerProperties.setRuleId("T-ALL");
        forServerProperties.setObjectPath("/server/clientProperties[OTHER]");
        forServerProperties.setReason("OTHER is managed elsewhere");
        deployment.getRuleSuppressions().add(forServerProperties);

        List<String> paths = findings(new ValidationEngine(List.of(everywhere)).validate(broken)).stream()
                .map(RuleDiagnostic::getObjectPath).toList();
        assertEquals(List.of("/server/clientProperties[ENABLE_PASSCODE_AUTH]"), paths);

        forServerProperties.setObjectPath(null);
        assertEquals(List.of(), findings(new ValidationEngine(List.of(everywhere)).validate(broken)));
    }

    private static RuleDescriptor descriptor(String id, ValidationRule rule) {
        return new RuleDescriptor(id, id, "c", RuleSeverity.WARNING, RuleMode.OFFLINE,
                DeploymentPackage.Literals.CLIENT_PROPERTY, "test", null, () -> rule);
    }

    @Test
    void onlineRulesRunOnlyWhenAskedFor() {
        ValidationEngine engine = new ValidationEngine(registered("TEST-ONLINE"));

        assertEquals(0, engine.validate(broken).getChildren().size());
        assertEquals(1, engine.validate(broken, EnumSet.of(RuleMode.OFFLINE, RuleMode.ONLINE)).getChildren().size());
    }

    @Test
    void aRuleSeesEveryInstanceOfItsTargetClassAndReportsWithItsSeverity() {
        AtomicInteger calls = new AtomicInteger();
        ValidationRule counting = (target, context) -> {
            calls.incrementAndGet();
            context.report(target, "seen");
        };
        RuleDescriptor descriptor = new RuleDescriptor("T-1", "counts", "c", RuleSeverity.WARNING, RuleMode.OFFLINE,
                DeploymentPackage.Literals.CLIENT_PROPERTY, "test", null, () -> counting);

        List<RuleDiagnostic> findings = findings(new ValidationEngine(List.of(descriptor)).validate(broken));

        assertEquals(2, calls.get());
        assertEquals(List.of("/server/clientProperties[ENABLE_PASSCODE_AUTH]", "/server/clientProperties[OTHER]"),
                findings.stream().map(RuleDiagnostic::getObjectPath).toList());
        assertTrue(findings.stream().allMatch(f -> f.getSeverity() == Diagnostic.WARNING));
    }

    @Test
    void aFindingMayLowerItsSeverityButNeverRaiseItAboveTheRules() {
        ValidationRule mixed = (target, context) -> {
            context.report(Finding.on(target, "lowered").severity(RuleSeverity.INFO));
            context.report(Finding.on(target, "raised").severity(RuleSeverity.ERROR));
            context.report(Finding.on(target, "as declared"));
        };
        RuleDescriptor warning = descriptor("T-MIXED", mixed);

        List<RuleDiagnostic> findings = findings(new ValidationEngine(List.of(warning))
                .validate(Models.deploymentWith("ONLY", "x")));

        assertEquals(List.of(Diagnostic.INFO, Diagnostic.WARNING, Diagnostic.WARNING),
                findings.stream().map(RuleDiagnostic::getSeverity).toList());
        assertEquals(List.of("lowered", "raised", "as declared"),
                findings.stream().map(RuleDiagnostic::getMessage).toList());
    }

    @Test
    void aSwitchedOffRuleIsNeitherCreatedNorRunAndTheOthersStillRun() {
        AtomicInteger created = new AtomicInteger();
        RuleDescriptor off = new RuleDescriptor("T-OFF", "off", "c", RuleSeverity.ERROR, RuleMode.OFFLINE,
                DeploymentPackage.Literals.CLIENT_PROPERTY, "test", null, () -> {
                    created.incrementAndGet();
                    return (target, context) -> context.report(target, "should not run");
                });
        ValidationEngine engine = new ValidationEngine(List.of(off, registered("SSO-002").get(0)));

        List<RuleDiagnostic> findings = findings(
                engine.validate(broken, ValidationOptions.offline().withDisabledRules(Set.of("T-OFF", "NO-SUCH-RULE"))));

        assertEquals(0, created.get(), "a switched-off rule is not even created");
        assertEquals(List.of("SSO-002"), findings.stream().map(RuleDiagnostic::getRuleId).toList());
        assertEquals(2, findings(engine.validate(broken)).stream().filter(f -> f.getRuleId().equals("T-OFF")).count(),
                "without the option the rule runs");
    }

    @Test
    void anOverriddenSeverityIsTheSeverityOfEveryFindingOfThatRuleOnly() {
        ValidationRule mixed = (target, context) -> {
            context.report(Finding.on(target, "lowered").severity(RuleSeverity.INFO));
            context.report(Finding.on(target, "as declared"));
        };
        ValidationEngine engine = new ValidationEngine(List.of(descriptor("T-MIXED", mixed), registered("SSO-002").get(0)));
        ValidationOptions options = ValidationOptions.offline()
                .withSeverityOverrides(Map.of("T-MIXED", RuleSeverity.ERROR, "SSO-002", RuleSeverity.INFO));

        List<RuleDiagnostic> findings = findings(engine.validate(broken, options));

        assertEquals(List.of(Diagnostic.ERROR, Diagnostic.ERROR, Diagnostic.ERROR, Diagnostic.ERROR),
                findings.stream().filter(f -> f.getRuleId().equals("T-MIXED")).map(RuleDiagnostic::getSeverity).toList());
        List<RuleDiagnostic> sso002 = findings.stream().filter(f -> f.getRuleId().equals("SSO-002")).toList();
        assertEquals(1, sso002.size(), findings.toString());
        assertEquals(Diagnostic.INFO, sso002.get(0).getSeverity(), "an error rule lowered to info by the user");
    }

    @Test
    void aRuleFailureStaysAnErrorWhateverTheOverride() {
        ValidationEngine engine = new ValidationEngine(registered("TEST-THROWS"));
        ValidationOptions options = ValidationOptions.offline()
                .withSeverityOverrides(Map.of("TEST-THROWS", RuleSeverity.INFO));

        List<RuleDiagnostic> findings = findings(engine.validate(broken, options));

        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.getCode() == RuleDiagnostic.RULE_FAILURE
                && f.getSeverity() == Diagnostic.ERROR), findings.toString());
    }

    @Test
    void theWithersKeepTheOtherSettings() {
        ValidationOptions options = ValidationOptions.offline().withDisabledRules(Set.of("A"))
                .withSeverityOverrides(Map.of("B", RuleSeverity.WARNING))
                .withModes(EnumSet.allOf(RuleMode.class))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertEquals(Set.of("A"), options.disabledRules());
        assertEquals(Map.of("B", RuleSeverity.WARNING), options.severityOverrides());
        assertEquals(EnumSet.allOf(RuleMode.class), options.modes());
        assertEquals(Set.of(), ValidationOptions.offline().disabledRules(), "nothing is switched off by default");
        assertEquals(Map.of(), ValidationOptions.offline().severityOverrides(), "nothing is overridden by default");
    }

    private static List<RuleDescriptor> registered(String... ids) {
        List<String> wanted = List.of(ids);
        return RuleRegistry.fromPlatform().rules().stream().filter(rule -> wanted.contains(rule.id())).toList();
    }

    private static List<RuleDiagnostic> findings(Diagnostic result) {
        return result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }
}
