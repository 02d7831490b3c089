/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/** Rules made in the test, for behaviour the built-in rules do not show (online rules, warnings). */
final class TestRules {

    private TestRules() {
    }

    /**
     * @param id       the rule id
     * @param severity its severity
     * @param mode     offline or online
     * @param message  what it reports, once, on every deployment
     * @return the rule
     */
    static RuleDescriptor reportingOnDeployment(String id, RuleSeverity severity, RuleMode mode, String message) {
        ValidationRule rule = (target, context) -> context.report(target, message);
        return new RuleDescriptor(id, "reports on the deployment", "org.emworkbench.cli.tests", severity, mode,
                DeploymentPackage.Literals.DEPLOYMENT, "org.emworkbench.cli.tests", "", () -> rule);
    }

    /**
     * @param rules the rules
     * @return a registry of just these rules, ordered by id, without problems
     */
    static RuleRegistry registry(RuleDescriptor... rules) {
        List<RuleDescriptor> sorted = Arrays.stream(rules).sorted(Comparator.comparing(RuleDescriptor::id)).toList();
        return new RuleRegistry() {
            @Override
            public List<RuleDescriptor> rules() {
                return sorted;
            }

            @Override
            public List<String> contributionProblems() {
                return List.of();
            }
        };
    }
}
