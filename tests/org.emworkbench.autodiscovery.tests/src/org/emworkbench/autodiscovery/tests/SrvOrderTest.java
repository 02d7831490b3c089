/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.emworkbench.autodiscovery.internal.dns.SrvOrder;
import org.emworkbench.autodiscovery.internal.dns.SrvTarget;
import org.junit.jupiter.api.Test;

/** RFC 2782 order: priorities strictly, weights as shares, weight 0 as a very small chance. */
class SrvOrderTest {

    private static final int RUNS = 20_000;

    private static SrvTarget record(int priority, int weight, String host) {
        return new SrvTarget(priority, weight, 443, host + ".");
    }

    /** @return how often each target came first over many seeds */
    private static Map<String, Integer> firsts(List<SrvTarget> records) {
        Map<String, Integer> counts = new HashMap<>();
        for (long seed = 0; seed < RUNS; seed++) {
            counts.merge(SrvOrder.order(records, SrvOrder.random(seed)).get(0).host(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void lowerPrioritiesAlwaysComeFirstWhateverTheWeights() {
        List<SrvTarget> records = List.of(record(20, 1000, "c"), record(0, 0, "a"), record(10, 65535, "b"),
                record(0, 5, "a2"));
        for (long seed = 0; seed < 500; seed++) {
            List<Integer> priorities = SrvOrder.order(records, SrvOrder.random(seed)).stream().map(SrvTarget::priority)
                    .toList();
            assertEquals(List.of(0, 0, 10, 20), priorities);
        }
    }

    @Test
    void weightsAreSharesOfTheFirstPlace() {
        Map<String, Integer> counts = firsts(List.of(record(0, 60, "a"), record(0, 20, "b"), record(0, 20, "c")));
        assertEquals(0.6, counts.get("a") / (double) RUNS, 0.02, counts.toString());
        assertEquals(0.2, counts.get("b") / (double) RUNS, 0.02, counts.toString());
        assertEquals(0.2, counts.get("c") / (double) RUNS, 0.02, counts.toString());
    }

    @Test
    void weightZeroHasAVerySmallChanceNextToWeightedRecords() {
        Map<String, Integer> counts = firsts(List.of(record(0, 0, "zero"), record(0, 99, "weighted")));
        // Drawn from 0..99: only 0 picks the weight-0 record, 1 time in 100.
        assertEquals(0.01, counts.getOrDefault("zero", 0) / (double) RUNS, 0.005, counts.toString());
    }

    @Test
    void onlyWeightZeroRecordsAreEquallyLikely() {
        Map<String, Integer> counts = firsts(List.of(record(0, 0, "a"), record(0, 0, "b"), record(0, 0, "c"),
                record(0, 0, "d")));
        for (String host : List.of("a", "b", "c", "d")) {
            assertEquals(0.25, counts.get(host) / (double) RUNS, 0.02, counts.toString());
        }
    }

    @Test
    void theOrderDependsOnTheSeedNotOnTheOrderTheServerSent() {
        List<SrvTarget> records = new ArrayList<>(List.of(record(0, 10, "a"), record(0, 20, "b"), record(0, 30, "c"),
                record(5, 1, "d"), record(5, 2, "e")));
        List<SrvTarget> expected = SrvOrder.order(records, SrvOrder.random(42L));
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(records, new Random(shuffle));
            assertEquals(expected, SrvOrder.order(records, SrvOrder.random(42L)));
        }
        assertTrue(expected.containsAll(records) && expected.size() == records.size());
    }
}
