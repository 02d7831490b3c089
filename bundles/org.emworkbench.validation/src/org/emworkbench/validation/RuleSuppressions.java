/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.RuleSuppression;

/**
 * The rules a model switches off (its {@code ruleSuppressions}): for the whole
 * model, or for one object and everything it contains.
 *
 * @since 0.1
 */
public final class RuleSuppressions {

    private static final RuleSuppressions NONE = new RuleSuppressions(Map.of());

    private final Map<String, List<String>> pathsByRule;

    private RuleSuppressions(Map<String, List<String>> pathsByRule) {
        this.pathsByRule = pathsByRule;
    }

    /**
     * @param resource a loaded model
     * @return the suppressions its deployment declares; none for other content
     */
    public static RuleSuppressions of(Resource resource) {
        Map<String, List<String>> pathsByRule = new HashMap<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof Deployment deployment) {
                for (RuleSuppression suppression : deployment.getRuleSuppressions()) {
                    if (suppression.getRuleId() != null && !suppression.getRuleId().isBlank()) {
                        String path = suppression.getObjectPath() == null || suppression.getObjectPath().isBlank()
                                ? "/" : suppression.getObjectPath().strip();
                        pathsByRule.computeIfAbsent(suppression.getRuleId().strip(), id -> new ArrayList<>()).add(path);
                    }
                }
            }
        }
        return pathsByRule.isEmpty() ? NONE : new RuleSuppressions(pathsByRule);
    }

    /**
     * @param ruleId a rule id
     * @return whether the rule is off for the whole model
     */
    public boolean isOffEverywhere(String ruleId) {
        return pathsByRule.getOrDefault(ruleId, List.of()).contains("/");
    }

    /**
     * @param ruleId     a rule id
     * @param objectPath the path of the object a finding is about
     * @return whether the rule is off for that object
     */
    public boolean isOff(String ruleId, String objectPath) {
        for (String path : pathsByRule.getOrDefault(ruleId, List.of())) {
            if (path.equals("/") || objectPath.equals(path) || objectPath.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }
}
