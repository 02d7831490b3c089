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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark suite in one go and reports it: writes the models,
 * measures the heap of loading the large one in fresh JVMs, times the loads
 * interleaved ({@link InterleavedLoads}), times validation against a bare
 * traversal in turns ({@link InterleavedValidation}), runs the JMH load, save
 * and validation benchmarks, and prints a Markdown report with medians, minimums, ratios, file
 * sizes and heap figures.
 *
 * <pre>
 * java -jar benchmarks.jar [-quick] [-out REPORT.md] [-work FOLDER]
 * </pre>
 *
 * {@code -quick} runs one short fork per benchmark, to check that everything
 * works (its figures are not worth quoting); {@code -work} keeps the models in
 * the given folder instead of a temporary one.
 */
public final class BenchMain {

    /** The heap limit the large model must load within. */
    static final int HEAP_LIMIT_MB = 512;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // The report's figures use "." for decimals whatever the machine's locale.
        Locale.setDefault(Locale.ROOT);
        boolean quick = false;
        Path out = null;
        Path work = null;
        for (int index = 0; index < args.length; index++) {
            switch (args[index]) {
                case "-quick" -> quick = true;
                case "-out" -> out = Path.of(value(args, ++index, "-out"));
                case "-work" -> work = Path.of(value(args, ++index, "-work"));
                default -> usage("unknown argument " + args[index]);
            }
        }
        boolean temporary = work == null;
        Path folder = temporary ? Files.createTempDirectory("emw-bench-") : work;
        try {
            BenchSettings settings = quick ? BenchSettings.QUICK : BenchSettings.FULL;
            String loadAtStart = loadAverage();
            Map<ModelSize, ModelFiles> files = new EnumMap<>(ModelSize.class);
            for (ModelSize size : ModelSize.values()) {
                System.err.println("bench: writing the " + size + " model to " + folder);
                files.put(size, ModelFiles.write(size, folder, false));
            }
            System.err.println("bench: loading the LARGE model in fresh JVMs to measure the heap");
            HeapProbe heap = HeapProbe.measure(files.get(ModelSize.LARGE).xmi(), HEAP_LIMIT_MB);
            Map<ModelSize, InterleavedLoads> interleaved = new EnumMap<>(ModelSize.class);
            for (ModelSize size : ModelSize.values()) {
                System.err.println("bench: interleaved loads of the " + size + " model");
                interleaved.put(size, InterleavedLoads.measure(files.get(size), settings.interleavedWarmup(),
                        settings.interleavedRounds()));
            }
            Map<ModelSize, InterleavedValidation> validation = new EnumMap<>(ModelSize.class);
            for (ModelSize size : ModelSize.values()) {
                System.err.println("bench: interleaved validation and traversal of the " + size + " model");
                validation.put(size, InterleavedValidation.measure(size, settings.interleavedWarmup(),
                        settings.interleavedRounds()));
            }
            System.err.println("bench: running the JMH benchmarks (" + settings + ")");
            Collection<RunResult> results = new Runner(jmhOptions(settings, folder).build()).run();

            String report = new BenchReport(settings, files, heap, interleaved, validation, results,
                    List.of(loadAtStart, loadAverage())).render();
            System.out.println();
            System.out.println(report);
            if (out != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, report, StandardCharsets.UTF_8);
                System.err.println("bench: report written to " + out);
            }
        } finally {
            if (temporary) {
                ModelFiles.deleteTree(folder);
            }
        }
    }

    private static ChainedOptionsBuilder jmhOptions(BenchSettings settings, Path folder) {
        return new OptionsBuilder()
                .include(Pattern.quote(LoadBenchmarks.class.getName() + "."))
                .include(Pattern.quote(SaveBenchmarks.class.getName() + "."))
                .include(Pattern.quote(ValidationBenchmarks.class.getName() + "."))
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.iterationSeconds()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.seconds(settings.iterationSeconds()))
                // One call: a second one would replace the first.
                .jvmArgsAppend(Stream.concat(settings.jvmArguments().stream(),
                        Stream.of("-D" + ModelFiles.WORK_PROPERTY + "=" + folder.toAbsolutePath()))
                        .toArray(String[]::new))
                .shouldFailOnError(true);
    }

    /** @return the 1, 5 and 15 minute load averages, to tell whether other work shared the cores */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            usage(option + " needs a value");
        }
        return args[index];
    }

    private static void usage(String problem) {
        System.err.println("bench: " + problem);
        System.err.println("usage: java -jar benchmarks.jar [-quick] [-out REPORT.md] [-work FOLDER]");
        System.exit(2);
    }
}
