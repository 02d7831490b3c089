/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.synthetic.DeploymentShape;
import org.emworkbench.tests.support.synthetic.SyntheticDeployments;
import org.junit.jupiter.api.Test;

/**
 * How long the deployment editor takes to open a model of about 100,000
 * objects, against the time EMW's loader alone takes to read the same file, in
 * the same run. Not a timed test: it measures and reports, and fails only
 * when the editor does not show the model. See docs/performance.md.
 * <p>
 * Each round, after {@value #WARM_UP_ROUNDS} warm-up rounds: a full GC, then
 * <b>load</b>: {@code DeploymentFiles.load} of the file; a full GC, then
 * <b>open</b>: {@code IDE.openEditor} on the workspace file, then the event
 * queue drained and every shell updated until the queue stays empty
 * ({@link Workbench#settle()}), so the Overview page is created, laid out and
 * painted; then <b>validated</b>: the event loop runs until no job is left, so
 * the live validation started by the open has run and its markers are on the
 * page (timed from the start of the open); then the first switch to the
 * <b>Properties</b>, <b>Apps &amp; Policies</b> and <b>Delivery Groups</b>
 * pages, each until settled; then the heap after a full GC with the editor
 * open; then the editor is closed.
 * </p>
 */
final class EditorOpenBenchmark {

    /** The generator's seed, the one the JMH benchmarks use too. */
    private static final long SEED = 2026;
    private static final int WARM_UP_ROUNDS = Integer.getInteger("emw.uibench.warmups", 3);
    private static final int MEASURED_ROUNDS = Integer.getInteger("emw.uibench.rounds", 12);
    private static final long JOB_PATIENCE_MILLIS = 60_000;
    private static final double MB = 1024.0 * 1024.0;

    private final List<Double> loads = new ArrayList<>();
    private final List<Double> opens = new ArrayList<>();
    private final List<Double> validated = new ArrayList<>();
    private final List<Double> properties = new ArrayList<>();
    private final List<Double> apps = new ArrayList<>();
    private final List<Double> groups = new ArrayList<>();
    private final List<Double> roundRatios = new ArrayList<>();
    private final List<Double> heapWithEditor = new ArrayList<>();

    @Test
    void openTheLargeModelInTheEditor() throws Exception {
        String loadAtStart = loadAverage();
        long started = System.nanoTime();
        Workbench.fixWindowSize();
        IFile file = Workbench.project("editor-open-bench").getFile("large.emw");
        Path path = file.getLocation().toPath();
        long objects = writeLargeModel(path);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        assertEquals(DeploymentShape.LARGE.objectCount(), objects, "the generator's object count");

        Workbench.waitForJobs(JOB_PATIENCE_MILLIS);
        double heapBefore = usedHeapAfterGc();
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            round(file, path, round >= WARM_UP_ROUNDS);
        }
        double heapAfterClosing = usedHeapAfterGc();

        String report = report(objects, Files.size(path), heapBefore, heapAfterClosing, loadAtStart,
                (System.nanoTime() - started) / 1e9);
        System.out.println(report);
        Path out = Path.of(System.getProperty("emw.uibench.report", "target/editor-open-bench.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Report written to " + out.toAbsolutePath());
    }

    private static long writeLargeModel(Path path) throws Exception {
        Deployment deployment = SyntheticDeployments.generate(DeploymentShape.LARGE, SEED);
        long objects = SyntheticDeployments.countObjects(deployment);
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI(path.toString()));
        resource.getContents().add(deployment);
        DeploymentFiles.save(resource, path);
        resource.unload();
        return objects;
    }

    private void round(IFile file, Path path, boolean measured) throws Exception {
        usedHeapAfterGc();
        long start = System.nanoTime();
        Resource loaded = DeploymentFiles.load(path);
        double load = millisSince(start);
        loaded.unload();
        loaded = null;

        usedHeapAfterGc();
        start = System.nanoTime();
        IEditorPart part = IDE.openEditor(Workbench.page(), file, Workbench.EDITOR_ID, true);
        // The editor reads the file in a job: the open ends when its pages are built and painted.
        Workbench.settleUntilRead((FormEditor) part);
        double open = millisSince(start);
        Workbench.waitForJobs(JOB_PATIENCE_MILLIS);
        double validation = millisSince(start);

        assertTrue(part instanceof FormEditor, "the deployment editor opened: " + part);
        FormEditor editor = (FormEditor) part;
        assertEquals("overview", editor.getActivePageInstance().getId(), "the editor opens on its Overview");
        double switchToProperties = switchTo(editor, "properties");
        double switchToApps = switchTo(editor, "apps");
        double switchToGroups = switchTo(editor, "deliveryGroups");
        Workbench.waitForJobs(JOB_PATIENCE_MILLIS);
        double heap = usedHeapAfterGc();
        Workbench.page().closeEditor(editor, false);
        Workbench.waitForJobs(JOB_PATIENCE_MILLIS);

        System.out.printf(Locale.ROOT, "%s: load %.0f ms, open %.0f ms (%.2f x), validated %.0f ms, Properties %.0f ms,"
                + " Apps %.0f ms, Delivery Groups %.0f ms, heap with the editor %.1f MB%n",
                measured ? "measured" : "warm-up", load, open, open / load, validation, switchToProperties,
                switchToApps, switchToGroups, heap);
        if (measured) {
            loads.add(load);
            opens.add(open);
            validated.add(validation);
            properties.add(switchToProperties);
            apps.add(switchToApps);
            groups.add(switchToGroups);
            roundRatios.add(open / load);
            heapWithEditor.add(heap);
        }
    }

    /** @return the time of the first switch to the page, until the event queue is settled */
    private static double switchTo(FormEditor editor, String pageId) {
        long start = System.nanoTime();
        editor.setActivePage(pageId);
        Workbench.settle();
        double millis = millisSince(start);
        assertEquals(pageId, editor.getActivePageInstance().getId(), "the page exists");
        return millis;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** @return the heap in use after two full GCs, in MB */
    private static double usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / MB;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private String report(long objects, long bytes, double heapBefore, double heapAfterClosing, String loadAtStart,
            double seconds) {
        StringBuilder text = new StringBuilder();
        text.append("### Opening the LARGE model in the deployment editor (").append(LocalDate.now()).append(")\n\n");
        text.append(String.format(Locale.ROOT, "- Machine: %d cores, %s %s; JVM %s %s, -Xmx%.0fm; SWT %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() / MB, SWT.getPlatform()));
        text.append("- Load average (1, 5, 15 min) at the start: ").append(loadAtStart).append("; at the end: ")
                .append(loadAverage()).append(" (a value above the number of cores means other work shared them)\n");
        text.append(String.format(Locale.ROOT,
                "- Model: synthetic `LARGE`, seed %d: %,d objects, %,d bytes (%.1f MB) of XMI%n", SEED, objects, bytes,
                bytes / MB));
        text.append(String.format(Locale.ROOT,
                "- Rounds: %d warm-up + %d measured; window %dx%d; run time %.0f s%n%n", WARM_UP_ROUNDS,
                MEASURED_ROUNDS, Workbench.WINDOW.width, Workbench.WINDOW.height, seconds));
        text.append("| ms | median | p90 | min |\n|---|---:|---:|---:|\n");
        row(text, "baseline: `DeploymentFiles.load`", loads);
        row(text, "**open in the editor until the Overview is painted**", opens);
        row(text, "open until the live validation's problems are shown", validated);
        row(text, "first switch to Properties", properties);
        row(text, "first switch to Apps & Policies", apps);
        row(text, "first switch to Delivery Groups", groups);
        text.append(String.format(Locale.ROOT, "%n| figure | value |%n|---|---:|%n"));
        text.append(String.format(Locale.ROOT, "| open / load, ratio of the medians | %.2f |%n",
                median(opens) / median(loads)));
        text.append(String.format(Locale.ROOT, "| open / load, median of the ratios within a round | %.2f |%n",
                median(roundRatios)));
        text.append(String.format(Locale.ROOT, "| open, median, against the 2 s bar | %s |%n",
                median(opens) < 2000 ? "met" : "**not met**"));
        text.append(String.format(Locale.ROOT, "| heap in use before the first open (after GC) | %.1f MB |%n",
                heapBefore));
        text.append(String.format(Locale.ROOT,
                "| heap in use with the editor open, after the page switches (after GC), median | %.1f MB |%n",
                median(heapWithEditor)));
        text.append(String.format(Locale.ROOT, "| of which the open editor, median | %.1f MB (%.0f bytes/object) |%n",
                median(heapWithEditor) - heapBefore, (median(heapWithEditor) - heapBefore) * MB / objects));
        text.append(String.format(Locale.ROOT, "| heap in use after the last editor closed (after GC) | %.1f MB |%n",
                heapAfterClosing));
        return text.toString();
    }

    private static void row(StringBuilder text, String name, List<Double> values) {
        text.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", name, median(values),
                percentile(values, 0.9), min(values)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Nearest rank: the smallest value that at least the fraction of all values does not exceed. */
    private static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
