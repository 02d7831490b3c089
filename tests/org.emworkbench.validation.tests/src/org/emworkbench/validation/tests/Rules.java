/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;

/** Runs registered rules as the platform has them. */
final class Rules {

    /** The plug-in that contributes the built-in rules. */
    static final String BUILT_IN = "org.emworkbench.validation";

    private Rules() {
    }

    /** @return every rule EMW itself contributes */
    static List<RuleDescriptor> builtIn() {
        return RuleRegistry.fromPlatform().rules().stream().filter(rule -> rule.contributor().equals(BUILT_IN))
                .toList();
    }

    /**
     * @param id    a registered rule id
     * @param model a model
     * @return the findings of that rule alone
     */
    static List<RuleDiagnostic> run(String id, Resource model) {
        List<RuleDescriptor> rules = RuleRegistry.fromPlatform().rules().stream().filter(rule -> rule.id().equals(id))
                .toList();
        assertEquals(1, rules.size(), id + " is registered once");
        return findings(new ValidationEngine(rules).validate(model));
    }

    /**
     * @param result a validation result
     * @return its findings
     */
    static List<RuleDiagnostic> findings(Diagnostic result) {
        return result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    /**
     * @param findings findings
     * @param severity a diagnostic severity
     * @return those of that severity
     */
    static List<RuleDiagnostic> withSeverity(List<RuleDiagnostic> findings, int severity) {
        return findings.stream().filter(finding -> finding.getSeverity() == severity).toList();
    }
}
