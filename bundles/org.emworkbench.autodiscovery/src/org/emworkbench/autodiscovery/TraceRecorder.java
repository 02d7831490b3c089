/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a provider records what it does while it does it: every step, every
 * finding and every discovered value. A trace recorded so far survives a
 * failure or a cancellation of the provider, so a user always sees how far it
 * got. One recorder serves one provider run on one target; it is safe to use
 * from several threads.
 *
 * @since 0.1
 */
public final class TraceRecorder implements TraceScope {

    private final List<Step> steps = new ArrayList<>();
    private final List<DiscoveryFinding> findings = new ArrayList<>();
    private final List<DiscoveredValue> results = new ArrayList<>();

    /**
     * Starts a top-level step; finish it with {@link Step#finish}.
     *
     * @param kind  what the step does
     * @param title what is asked
     * @return the running step
     */
    @Override
    public Step begin(StepKind kind, String title) {
        Step step = new Step(kind, title);
        synchronized (this) {
            steps.add(step);
        }
        return step;
    }

    /** @param finding a finding to report; the same finding twice is kept once */
    public synchronized void report(DiscoveryFinding finding) {
        if (!findings.contains(finding)) {
            findings.add(finding);
        }
    }

    /** @param value a value a client would use, in the order a client uses them */
    public synchronized void result(DiscoveredValue value) {
        results.add(value);
    }

    /** @return the findings reported so far */
    public synchronized List<DiscoveryFinding> findings() {
        return List.copyOf(findings);
    }

    /** @return the values reported so far */
    public synchronized List<DiscoveredValue> results() {
        return List.copyOf(results);
    }

    /** @return the steps so far; a step still running shows as {@link StepStatus#UNKNOWN}, "not finished" */
    public synchronized List<TraceStep> steps() {
        return Collections.unmodifiableList(snapshots(steps));
    }

    /**
     * A step being recorded. Details and children may be added until it is
     * finished; finishing twice keeps the first outcome.
     */
    public static final class Step implements TraceScope {

        private final StepKind kind;
        private final String title;
        private final long started = System.nanoTime();
        private final List<String> details = new ArrayList<>();
        private Supplier<List<String>> detailsWhenRead;
        private final List<Step> children = new ArrayList<>();
        private StepStatus status;
        private String outcome;
        private Duration elapsed;

        private Step(StepKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        /**
         * @param line one line of the answer
         * @return this step
         */
        public synchronized Step detail(String line) {
            details.add(line);
            return this;
        }

        /**
         * Adds lines that are computed only when the trace is read, after the
         * lines given to {@link #detail}. For text that costs more to build
         * than the work it describes, such as a whole DNS answer.
         *
         * @param lines computes the lines; called at most once, from any thread
         * @return this step
         */
        public synchronized Step detailsWhenRead(Supplier<List<String>> lines) {
            Supplier<List<String>> earlier = detailsWhenRead;
            detailsWhenRead = earlier == null ? lines : () -> concat(earlier.get(), lines.get());
            return this;
        }

        /**
         * Starts a step this one is made of.
         *
         * @param childKind  what it does
         * @param childTitle what it asks
         * @return the running child
         */
        @Override
        public synchronized Step begin(StepKind childKind, String childTitle) {
            Step child = new Step(childKind, childTitle);
            children.add(child);
            return child;
        }

        /**
         * Ends the step and fixes its elapsed time.
         *
         * @param finalStatus how it ended
         * @param finalOutcome the answer in a few words
         * @return this step
         */
        public synchronized Step finish(StepStatus finalStatus, String finalOutcome) {
            if (status == null) {
                status = finalStatus;
                outcome = finalOutcome;
                elapsed = Duration.ofNanos(System.nanoTime() - started);
            }
            return this;
        }

        /** @return whether {@link #finish} was called */
        public synchronized boolean isFinished() {
            return status != null;
        }

        synchronized TraceStep snapshot() {
            boolean done = status != null;
            List<String> lines = details;
            if (detailsWhenRead != null) {
                List<String> given = List.copyOf(details);
                Supplier<List<String>> later = detailsWhenRead;
                lines = new LazyLines(() -> concat(given, later.get()));
            }
            return new TraceStep(kind, title, done ? status : StepStatus.UNKNOWN, done ? outcome : "not finished",
                    lines, done ? elapsed : Duration.ofNanos(System.nanoTime() - started), snapshots(children));
        }
    }

    private static List<TraceStep> snapshots(List<Step> steps) {
        List<TraceStep> snapshots = new ArrayList<>(steps.size());
        for (Step step : steps) {
            snapshots.add(step.snapshot());
        }
        return snapshots;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
