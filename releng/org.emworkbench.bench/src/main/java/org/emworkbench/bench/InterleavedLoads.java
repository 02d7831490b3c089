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
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Load ratios that survive a noisy machine. JMH measures one benchmark after
 * the other, so when the machine is slow for some seconds (other builds on the
 * same cores, a neighbour on the host), one operation pays for it and the other
 * does not. Here the four loads run in turns, one of each per round with the
 * order rotating, and each ratio is taken within a round, where all four met
 * the same machine; the median over the rounds is reported.
 */
final class InterleavedLoads {

    /** The loads, in the order of {@link #medianRatio}'s indexes. */
    static final List<String> LOADS = List.of("emwLoad", "xmiTunedLoad", "xmiDefaultLoad", "binaryLoad");

    private final double[][] milliseconds;

    private InterleavedLoads(double[][] milliseconds) {
        this.milliseconds = milliseconds;
    }

    /**
     * @param warmupRounds rounds run first and not counted, for the JIT
     * @param rounds       rounds measured
     */
    static InterleavedLoads measure(ModelFiles files, int warmupRounds, int rounds) throws Exception {
        LoadBenchmarks loads = new LoadBenchmarks();
        loads.size = files.size();
        loads.prepare(files);
        double[][] milliseconds = new double[rounds][LOADS.size()];
        for (int round = -warmupRounds; round < rounds; round++) {
            for (int turn = 0; turn < LOADS.size(); turn++) {
                int load = Math.floorMod(round + turn, LOADS.size());
                long start = System.nanoTime();
                Resource resource = switch (load) {
                    case 0 -> loads.emwLoad();
                    case 1 -> loads.xmiTunedLoad();
                    case 2 -> loads.xmiDefaultLoad();
                    default -> loads.binaryLoad();
                };
                long elapsed = System.nanoTime() - start;
                if (resource.getContents().isEmpty()) {
                    throw new IllegalStateException(LOADS.get(load) + " loaded nothing from " + files.xmi());
                }
                if (round >= 0) {
                    milliseconds[round][load] = elapsed / 1e6;
                }
            }
        }
        return new InterleavedLoads(milliseconds);
    }

    /** @return the number of rounds measured */
    int rounds() {
        return milliseconds.length;
    }

    /**
     * @param numerator   an index into {@link #LOADS}
     * @param denominator another
     * @return the median over the rounds of the ratio of the two loads' times
     */
    double medianRatio(int numerator, int denominator) {
        List<Double> ratios = new ArrayList<>();
        for (double[] round : milliseconds) {
            ratios.add(round[numerator] / round[denominator]);
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** @return the fastest time of one load, in ms */
    double minimum(int load) {
        return Arrays.stream(milliseconds).mapToDouble(round -> round[load]).min().orElse(Double.NaN);
    }
}
