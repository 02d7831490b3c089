/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.emworkbench.simulation.Step;

/**
 * The table that ties validation rules to the steps of the walk, read from
 * {@code step-rules.properties} beside this class: data, so that moving a rule
 * or adding a plug-in's rule needs no code.
 */
public final class StepRules {

    private static final String FILE = "step-rules.properties";

    private final Map<String, Step> byRule;

    private StepRules(Map<String, Step> byRule) {
        this.byRule = Map.copyOf(byRule);
    }

    /** @return the built-in table */
    public static StepRules builtIn() {
        Properties table = new Properties();
        try (InputStream in = StepRules.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the simulation bundle");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " cannot be read", e);
        }
        Map<String, Step> byRule = new LinkedHashMap<>();
        for (String rule : table.stringPropertyNames()) {
            String key = table.getProperty(rule).strip();
            Step step = Step.byKey(key);
            if (step == null) {
                throw new IllegalStateException(FILE + ": rule " + rule + " names no step: '" + key + "'");
            }
            byRule.put(rule.strip(), step);
        }
        return new StepRules(byRule);
    }

    /**
     * @param ruleId a rule id
     * @return the step its findings belong to, or {@code null} when the rule takes no part in the walk
     */
    public Step stepOf(String ruleId) {
        return byRule.get(ruleId);
    }

    /** @return every rule in the table with its step */
    public Map<String, Step> table() {
        return byRule;
    }
}
