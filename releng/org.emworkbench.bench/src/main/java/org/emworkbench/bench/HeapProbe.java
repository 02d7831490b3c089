/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link PeakHeap} in fresh JVMs: once with the heap limit under test, and
 * then with smaller and smaller limits to find the smallest {@code -Xmx} that
 * still loads the model (to {@value #STEP_MB} MB).
 *
 * @param limitMb        the heap limit of the first run
 * @param loaded         whether the model loaded within {@code limitMb}
 * @param figures        what {@link PeakHeap} printed in that run (bytes), empty
 *                       when it did not load
 * @param smallestXmxMb  the smallest {@code -Xmx} found that loads the model, or
 *                       -1 when not even {@code limitMb} did
 */
record HeapProbe(int limitMb, boolean loaded, Map<String, String> figures, int smallestXmxMb) {

    static final int STEP_MB = 8;
    private static final int FLOOR_MB = 16;

    static HeapProbe measure(Path model, int limitMb) throws IOException, InterruptedException {
        Run first = run(model, limitMb);
        if (first.exit() != 0 && first.exit() != PeakHeap.OUT_OF_MEMORY) {
            throw new IOException("the heap probe (-Xmx" + limitMb + "m) failed with exit code " + first.exit()
                    + "; run it by hand to see why: java -Xmx" + limitMb + "m -cp benchmarks.jar "
                    + PeakHeap.class.getName() + " " + model);
        }
        if (!first.loaded()) {
            return new HeapProbe(limitMb, false, Map.of(), -1);
        }
        // Bisection in steps of STEP_MB: a limit of fails * STEP_MB does not load the model, loads * STEP_MB does.
        int fails = FLOOR_MB / STEP_MB;
        int loads = limitMb / STEP_MB;
        while (loads - fails > 1) {
            int middle = (fails + loads) / 2;
            if (run(model, middle * STEP_MB).loaded()) {
                loads = middle;
            } else {
                fails = middle;
            }
        }
        return new HeapProbe(limitMb, true, first.figures(), loads * STEP_MB);
    }

    /** @return a figure PeakHeap printed, in bytes */
    long bytes(String key) {
        return Long.parseLong(figures.get(key));
    }

    private record Run(int exit, Map<String, String> figures) {

        /** A smaller heap may fail in other ways than in the load (JVM start-up): that is not loading either. */
        boolean loaded() {
            return exit == 0;
        }
    }

    private static Run run(Path model, int xmxMb) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx" + xmxMb + "m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), PeakHeap.class.getName(), model.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        Map<String, String> figures = new HashMap<>();
        for (String pair : List.of(output.split("\\s+"))) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                figures.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return new Run(exit, figures);
    }
}
