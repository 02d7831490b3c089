/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.util.List;

/**
 * How long the run measures. The full run is sized to stay under ten minutes on
 * 2 cores: 18 JMH benchmarks (7 load and save operations and 2 validation ones
 * × 2 models), each in 2 forks of 4 warm-up and 5 measured iterations of 1 s,
 * and 8 + 21 rounds of interleaved loads and of interleaved validation per
 * model.
 *
 * @param forks                 fresh JVMs per benchmark
 * @param warmupIterations      iterations before measuring, per fork
 * @param measurementIterations measured iterations, per fork
 * @param iterationSeconds      the length of one iteration
 * @param jvmArguments          arguments of the forked JVMs
 * @param interleavedWarmup     rounds of {@link InterleavedLoads} and {@link InterleavedValidation} not counted
 * @param interleavedRounds     rounds of {@link InterleavedLoads} and {@link InterleavedValidation} measured
 */
record BenchSettings(int forks, int warmupIterations, int measurementIterations, int iterationSeconds,
        List<String> jvmArguments, int interleavedWarmup, int interleavedRounds) {

    /** A fixed heap, so that heap sizing does not differ between forks. */
    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");

    static final BenchSettings FULL = new BenchSettings(2, 4, 5, 1, HEAP, 8, 21);

    /** Checks that everything runs; its figures are not worth quoting. */
    static final BenchSettings QUICK = new BenchSettings(1, 1, 1, 1, HEAP, 2, 3);

    @Override
    public String toString() {
        return forks + " fork(s) × (" + warmupIterations + " warm-up + " + measurementIterations
                + " measured iterations of " + iterationSeconds + " s), JVM " + String.join(" ", jvmArguments)
                + "; interleaved loads and validation: " + interleavedWarmup + " + " + interleavedRounds + " rounds";
    }
}
