/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.simulation.Step;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;

/**
 * The offline rules' findings, sorted into the steps of the walk by
 * {@link StepRules}. The walk does not check again what a rule checks: it runs
 * the rules once and reads their findings. Findings about another user's
 * persona or another mail domain are left out, as they do not change this
 * user's walk.
 */
public final class RuleFindings {

    private final Map<Step, List<RuleDiagnostic>> byStep;

    private RuleFindings(Map<Step, List<RuleDiagnostic>> byStep) {
        this.byStep = byStep;
    }

    /**
     * @param rules    the rules to run; only the offline ones in the table run
     * @param table    which step each rule belongs to
     * @param resource the model's resource
     * @param persona  the user's persona, or {@code null}
     * @param domain   the user's mail domain, lower case
     * @return the findings of warning or error severity, by step
     */
    public static RuleFindings of(RuleRegistry rules, StepRules table, Resource resource, Persona persona,
            String domain) {
        List<RuleDescriptor> mapped = rules.rules().stream()
                .filter(rule -> rule.mode() == RuleMode.OFFLINE && table.stepOf(rule.id()) != null).toList();
        Diagnostic result = new ValidationEngine(mapped).validate(resource, ValidationOptions.offline());
        Map<Step, List<RuleDiagnostic>> byStep = new EnumMap<>(Step.class);
        for (Diagnostic child : result.getChildren()) {
            if (child instanceof RuleDiagnostic finding && child.getSeverity() >= Diagnostic.WARNING
                    && concerns(finding.getObject(), persona, domain)) {
                byStep.computeIfAbsent(table.stepOf(finding.getRuleId()), step -> new ArrayList<>()).add(finding);
            } else if (!(child instanceof RuleDiagnostic) && child.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("the validation rules could not run: " + child.getMessage());
            }
        }
        return new RuleFindings(byStep);
    }

    /**
     * @param step a step
     * @return its findings, errors and warnings, in rule order
     */
    public List<RuleDiagnostic> of(Step step) {
        return byStep.getOrDefault(step, List.of());
    }

    /** @return whether the finding is an error */
    static boolean isError(RuleDiagnostic finding) {
        return finding.getSeverity() >= Diagnostic.ERROR;
    }

    private static boolean concerns(EObject object, Persona persona, String domain) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof Persona other && other != persona) {
                return false;
            }
            if (current instanceof MailDomain mailDomain && !sameDomain(mailDomain.getName(), domain)) {
                return false;
            }
            if (current instanceof AutoDiscoveryRegistration registration
                    && !sameDomain(registration.getDomain(), domain)) {
                return false;
            }
        }
        return true;
    }

    /** Compares a model's domain name, as typed, with the user's normalized domain. */
    static boolean sameDomain(String modelName, String domain) {
        if (modelName == null) {
            return false;
        }
        String name = modelName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals(domain);
    }
}
