/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.ValidationEngine;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validation and bare traversal in turns, for a ratio that survives a noisy
 * machine (see {@link InterleavedLoads}), and the time of each rule: one
 * engine per rule, run in the same turns as an engine without rules, whose
 * time (indexing the model, reading the suppressions) is subtracted.
 */
final class InterleavedValidation {

    /** Column 0 traversal, 1 all rules, 2 engine without rules, then one per rule. */
    private final double[][] milliseconds;
    private final List<RuleDescriptor> rules;
    private final int findings;

    private InterleavedValidation(double[][] milliseconds, List<RuleDescriptor> rules, int findings) {
        this.milliseconds = milliseconds;
        this.rules = rules;
        this.findings = findings;
    }

    static InterleavedValidation measure(ModelSize size, int warmupRounds, int rounds) {
        Resource resource = ValidationModel.create(size);
        List<RuleDescriptor> rules = PluginXmlRules.offline();
        ValidationBenchmarks all = new ValidationBenchmarks();
        all.size = size;
        all.prepare(resource, rules);
        List<ValidationEngine> engines = new ArrayList<>();
        engines.add(new ValidationEngine(List.of()));
        rules.forEach(rule -> engines.add(new ValidationEngine(List.of(rule))));
        Blackhole values = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        int columns = 2 + engines.size();
        double[][] milliseconds = new double[rounds][columns];
        int findings = all.validation().getChildren().size();
        for (int round = -warmupRounds; round < rounds; round++) {
            for (int turn = 0; turn < columns; turn++) {
                int column = Math.floorMod(round + turn, columns);
                long start = System.nanoTime();
                if (column == 0) {
                    ValidationBenchmarks.traverse(resource, values);
                } else {
                    Diagnostic result = column == 1 ? all.validation() : engines.get(column - 2).validate(resource);
                    values.consume(result);
                }
                long elapsed = System.nanoTime() - start;
                if (round >= 0) {
                    milliseconds[round][column] = elapsed / 1e6;
                }
            }
        }
        values.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        return new InterleavedValidation(milliseconds, rules, findings);
    }

    /** @return the number of rounds measured */
    int rounds() {
        return milliseconds.length;
    }

    /** @return the number of findings of all rules on the model */
    int findings() {
        return findings;
    }

    /** @return the median over rounds of validation time / traversal time */
    double medianRatio() {
        return median(Arrays.stream(milliseconds).mapToDouble(round -> round[1] / round[0]).toArray());
    }

    /** @return the median time of the traversal and of the validation, in ms */
    double[] medians() {
        return new double[] { median(column(0)), median(column(1)), median(column(2)) };
    }

    /** @return the minimum time of the traversal and of the validation, in ms */
    double[] minimums() {
        return new double[] { Arrays.stream(column(0)).min().orElse(Double.NaN),
                Arrays.stream(column(1)).min().orElse(Double.NaN) };
    }

    /**
     * @return per rule id, the median over rounds of its engine's time minus the
     *         rule-less engine's time in the same round, in ms
     */
    Map<String, Double> perRule() {
        Map<String, Double> times = new LinkedHashMap<>();
        for (int index = 0; index < rules.size(); index++) {
            int column = 3 + index;
            times.put(rules.get(index).id(),
                    median(Arrays.stream(milliseconds).mapToDouble(round -> round[column] - round[2]).toArray()));
        }
        return times;
    }

    private double[] column(int column) {
        return Arrays.stream(milliseconds).mapToDouble(round -> round[column]).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
