/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** Turns the figures of one run into a Markdown report. */
final class BenchReport {

    private static final double LOAD_RATIO_TARGET = 1.2;
    private static final double VALIDATION_RATIO_TARGET = 2.0;

    private static final List<String> LOADS = List.of("emwLoad", "xmiTunedLoad", "xmiDefaultLoad", "binaryLoad");
    private static final List<String> SAVES = List.of("emwSave", "xmiDefaultSave", "binarySave");
    private static final Map<String, String> LABELS = Map.of(
            "emwLoad", "EMW loader (`DeploymentFiles.load`)",
            "xmiTunedLoad", "XMI, tuned options (reference)",
            "xmiDefaultLoad", "XMI, default options",
            "binaryLoad", "binary resource",
            "emwSave", "EMW save (`DeploymentFiles.save`: fsync, backup, atomic replace)",
            "xmiDefaultSave", "XMI, default options",
            "binarySave", "binary resource",
            "traversal", "bare traversal (`eAllContents` + `eGet` of every attribute)",
            "validation", "validation, all offline rules (`ValidationEngine.validate`)");

    private final BenchSettings settings;
    private final Map<ModelSize, ModelFiles> files;
    private final HeapProbe heap;
    private final Map<ModelSize, InterleavedLoads> interleaved;
    private final Map<ModelSize, InterleavedValidation> validation;
    private final List<String> loadAverages;
    private final Map<String, Statistics> statistics = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    /**
     * @param loadAverages the machine's load averages at the start and at the end
     *                     of the run
     */
    BenchReport(BenchSettings settings, Map<ModelSize, ModelFiles> files, HeapProbe heap,
            Map<ModelSize, InterleavedLoads> interleaved, Map<ModelSize, InterleavedValidation> validation,
            Collection<RunResult> results, List<String> loadAverages) {
        this.settings = settings;
        this.files = files;
        this.heap = heap;
        this.interleaved = interleaved;
        this.validation = validation;
        this.loadAverages = loadAverages;
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            statistics.put(key(method, ModelSize.valueOf(result.getParams().getParam("size"))),
                    result.getPrimaryResult().getStatistics());
        }
    }

    String render() {
        line("## Results of " + LocalDate.now());
        line();
        line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        line("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", GC " + collectors());
        line("- Load average (1, 5, 15 min) at the start: " + loadAverages.get(0) + "; at the end: " + loadAverages.get(1)
                + " (a value above " + Runtime.getRuntime().availableProcessors()
                + " means other work shared the cores)");
        line("- Settings: " + settings + "; JMH times every operation (sample mode), so median and min are of "
                + "single operations");
        line();
        models();
        timings("Load", LOADS);
        timings("Save", SAVES);
        ratios();
        heap();
        validation();
        return text.toString();
    }

    private void models() {
        line("### Models");
        line();
        line("| model | objects | XMI bytes | XMI bytes/object | binary bytes | binary bytes/object | binary/XMI |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (ModelFiles model : files.values()) {
            long xmi = size(model.xmi());
            long binary = size(model.binary());
            line("| %s | %,d | %,d | %.0f | %,d | %.0f | %.2f |".formatted(model.size(), model.objects(), xmi,
                    (double) xmi / model.objects(), binary, (double) binary / model.objects(),
                    (double) binary / xmi));
        }
        line();
    }

    private void timings(String title, List<String> methods) {
        line("### " + title + " (ms/op)");
        line();
        StringBuilder header = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (ModelFiles model : files.values()) {
            String name = "%s (%,d)".formatted(model.size(), model.objects());
            header.append(' ').append(name).append(" median | ").append(name).append(" min | samples |");
            rule.append("---:|---:|---:|");
        }
        line(header.toString());
        line(rule.toString());
        for (String method : methods) {
            StringBuilder row = new StringBuilder("| " + LABELS.get(method) + " |");
            for (ModelSize size : files.keySet()) {
                Statistics figures = statistics.get(key(method, size));
                row.append(figures == null ? " – | – | – |"
                        : " %.1f | %.1f | %d |".formatted(figures.getPercentile(50), figures.getMin(), figures.getN()));
            }
            line(row.toString());
        }
        line();
    }

    private void ratios() {
        line("### Ratios");
        line();
        line("JMH: ratio of the medians (of the minimums in parentheses). Interleaved: median over rounds of the "
                + "ratio within a round, where the loads ran in turns and met the same machine; the target is judged "
                + "on it.");
        line();
        StringBuilder header = new StringBuilder("| ratio |");
        StringBuilder rule = new StringBuilder("|---|");
        for (ModelSize size : files.keySet()) {
            header.append(' ').append(size).append(" JMH | ").append(size).append(" interleaved |");
            rule.append("---:|---:|");
        }
        line(header.append(" target |").toString());
        line(rule.append("---|").toString());
        ratio("EMW load / tuned XMI load", "emwLoad", "xmiTunedLoad", true);
        ratio("EMW load / default XMI load", "emwLoad", "xmiDefaultLoad", false);
        ratio("EMW load / binary load", "emwLoad", "binaryLoad", false);
        ratio("EMW save / default XMI save", "emwSave", "xmiDefaultSave", false);
        ratio("EMW save / binary save", "emwSave", "binarySave", false);
        line();
    }

    private void ratio(String label, String numerator, String denominator, boolean targeted) {
        StringBuilder row = new StringBuilder("| " + label + " |");
        boolean met = true;
        for (ModelSize size : files.keySet()) {
            Statistics top = statistics.get(key(numerator, size));
            Statistics bottom = statistics.get(key(denominator, size));
            row.append(top == null || bottom == null ? " – |"
                    : " %.2f (%.2f) |".formatted(top.getPercentile(50) / bottom.getPercentile(50),
                            top.getMin() / bottom.getMin()));
            InterleavedLoads loads = interleaved.get(size);
            int numeratorIndex = InterleavedLoads.LOADS.indexOf(numerator);
            int denominatorIndex = InterleavedLoads.LOADS.indexOf(denominator);
            if (loads == null || numeratorIndex < 0 || denominatorIndex < 0) {
                row.append(" – |");
            } else {
                double ratio = loads.medianRatio(numeratorIndex, denominatorIndex);
                met &= ratio <= LOAD_RATIO_TARGET;
                row.append(" %.2f |".formatted(ratio));
            }
        }
        String verdict = !targeted ? "" : "≤ " + LOAD_RATIO_TARGET + (met ? ": met" : ": **not met**");
        line(row.append(' ').append(verdict).append(" |").toString());
    }

    private void heap() {
        ModelFiles large = files.get(ModelSize.LARGE);
        line("### Heap, loading the LARGE model (%,d objects) with EMW's loader".formatted(large.objects()));
        line();
        line("Method: `PeakHeap` in a fresh JVM (`-Xmx" + heap.limitMb() + "m`, default GC): a tiny model is loaded "
                + "first (classes, EMF package, parser pool), then full GC, reset of the heap pools' peaks, one "
                + "`DeploymentFiles.load`, and the sum of the heap pools' peak usage (`MemoryPoolMXBean.getPeakUsage`; "
                + "pools peak at different moments, so this is an upper bound, and it includes the heap in use before "
                + "the load). Retained = heap in use after a full GC with the model minus before the load. Smallest "
                + "-Xmx: bisection over fresh JVMs, to " + HeapProbe.STEP_MB + " MB.");
        line();
        if (!heap.loaded()) {
            line("**The model did not load within -Xmx" + heap.limitMb() + "m** (target ≤ " + heap.limitMb()
                    + " MB: **not met**).");
            line();
            return;
        }
        line("| figure | value |");
        line("|---|---:|");
        line("| loads within -Xmx%dm (target) | yes |".formatted(heap.limitMb()));
        line("| peak heap during the load (sum of pool peaks) | %s |".formatted(mb(heap.bytes("peak"))));
        line("| heap in use before the load | %s |".formatted(mb(heap.bytes("before"))));
        line("| retained by the loaded model | %s (%.0f bytes/object) |".formatted(mb(heap.bytes("retained")),
                (double) heap.bytes("retained") / large.objects()));
        line("| still reachable after the caller dropped the model | %s |".formatted(mb(heap.bytes("leftAfterDrop"))));
        line("| smallest -Xmx that loads it | %d MB |".formatted(heap.smallestXmxMb()));
        line("| GC of the probe | %s |".formatted(heap.figures().get("gc").replace('_', ' ')));
        line();
    }

    private void validation() {
        timings("Validation", List.of("traversal", "validation"));
        line("Interleaved: " + rounds(validation) + " rounds per model of the traversal, the validation, an engine "
                + "without rules and one engine per rule, in turns; the rules' worker threads are part of the "
                + "validation's time.");
        line();
        StringBuilder header = new StringBuilder("| validation / traversal |");
        StringBuilder rule = new StringBuilder("|---|");
        StringBuilder row = new StringBuilder("| ratio |");
        boolean met = true;
        for (ModelSize size : files.keySet()) {
            header.append(' ').append(size).append(" JMH | ").append(size).append(" interleaved |");
            rule.append("---:|---:|");
            Statistics top = statistics.get(key("validation", size));
            Statistics bottom = statistics.get(key("traversal", size));
            row.append(top == null || bottom == null ? " – |"
                    : " %.2f (%.2f) |".formatted(top.getPercentile(50) / bottom.getPercentile(50),
                            top.getMin() / bottom.getMin()));
            InterleavedValidation turns = validation.get(size);
            met &= turns.medianRatio() <= VALIDATION_RATIO_TARGET;
            row.append(" %.2f |".formatted(turns.medianRatio()));
        }
        line(header.append(" target |").toString());
        line(rule.append("---|").toString());
        line(row.append(" ≤ ").append(VALIDATION_RATIO_TARGET).append(met ? ": met" : ": **not met**").append(" |")
                .toString());
        line();
        line("Interleaved times (ms, median / min) and the time of each rule (ms, median over rounds of its own "
                + "engine's time minus the rule-less engine's time in the same round):");
        line();
        StringBuilder timesHeader = new StringBuilder("| |");
        StringBuilder timesRule = new StringBuilder("|---|");
        for (ModelSize size : files.keySet()) {
            timesHeader.append(" %s (%,d objects, %d findings) |".formatted(size, files.get(size).objects(),
                    validation.get(size).findings()));
            timesRule.append("---:|");
        }
        line(timesHeader.toString());
        line(timesRule.toString());
        StringBuilder traversal = new StringBuilder("| bare traversal |");
        StringBuilder all = new StringBuilder("| validation, all offline rules |");
        StringBuilder empty = new StringBuilder("| engine without rules (model index, suppressions), median |");
        for (ModelSize size : files.keySet()) {
            double[] medians = validation.get(size).medians();
            double[] minimums = validation.get(size).minimums();
            traversal.append(" %.1f / %.1f |".formatted(medians[0], minimums[0]));
            all.append(" %.1f / %.1f |".formatted(medians[1], minimums[1]));
            empty.append(" %.1f |".formatted(medians[2]));
        }
        line(traversal.toString());
        line(all.toString());
        line(empty.toString());
        for (String id : validation.values().iterator().next().perRule().keySet()) {
            StringBuilder ruleRow = new StringBuilder("| " + id + " |");
            for (ModelSize size : files.keySet()) {
                ruleRow.append(" %.2f |".formatted(validation.get(size).perRule().get(id)));
            }
            line(ruleRow.toString());
        }
        line();
    }

    private static int rounds(Map<ModelSize, InterleavedValidation> validation) {
        return validation.values().stream().mapToInt(InterleavedValidation::rounds).findFirst().orElse(0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String key(String method, ModelSize size) {
        return method + "/" + size;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private void line(String content) {
        text.append(content).append('\n');
    }

    private void line() {
        text.append('\n');
    }
}
