/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.cli.internal.report.DiscoveryJson;
import org.emworkbench.cli.internal.report.DiscoveryTally;

/**
 * {@code emw discover --from-file FILE}: discovery for thousands of domains.
 * The file is read as it goes, so memory stays bounded whatever its size: at
 * most {@code concurrency} targets are in flight (the reader waits for a free
 * slot), targets start at most {@code rate} per second, and each finished
 * target is written at once as one line of JSON Lines, in the order they
 * finish (each line names its input line): its findings and results, and
 * with {@code --trace} every step. Lines leave in batches (see
 * {@link LineBatcher}), at the latest with each progress report. All targets share one
 * {@link DiscoveryContext}, hence one DNS answer cache. Progress goes to
 * stderr every two seconds.
 */
final class BulkDiscovery {

    private static final long PROGRESS_SECONDS = 2;

    private final AutodiscoveryService service;
    private final DiscoveryContext context;
    private final int concurrency;
    private final int rate;
    private final boolean withTrace;
    private final LineBatcher out;
    private final PrintStream err;

    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger unusable = new AtomicInteger();
    private final AtomicReference<DiscoveryTally> tally = new AtomicReference<>(DiscoveryTally.NONE);

    /** The outcome of a bulk run. */
    record Outcome(DiscoveryTally tally, int targets, int unusable, long elapsedNanos) {
    }

    BulkDiscovery(AutodiscoveryService service, DiscoveryContext context, int concurrency, int rate,
            boolean withTrace, PrintStream out, PrintStream err) {
        this.service = service;
        this.context = context;
        this.concurrency = concurrency;
        this.rate = rate;
        this.withTrace = withTrace;
        this.out = new LineBatcher(out);
        this.err = err;
    }

    /**
     * @param file one address or domain per line; blank lines and lines starting with {@code #} are skipped
     * @return the counts
     * @throws IOException when the file cannot be read
     */
    Outcome run(Path file) throws IOException {
        long begin = System.nanoTime();
        Semaphore slots = new Semaphore(concurrency);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "emw discover progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> progress(begin, false), PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        long interval = rate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / rate;
        long nextStart = System.nanoTime();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int lineNumber = 0;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                String entry = text.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                DiscoveryTarget target;
                try {
                    target = DiscoveryTarget.parse(entry);
                } catch (IllegalArgumentException e) {
                    unusable.incrementAndGet();
                    err.println("emw: " + file + ":" + lineNumber + ": " + e.getMessage());
                    out.add(DiscoveryJson.unusableLine(entry, lineNumber, e.getMessage()));
                    continue;
                }
                if (interval > 0) {
                    nextStart = pace(nextStart, interval);
                }
                slots.acquireUninterruptibly();
                started.incrementAndGet();
                int line = lineNumber;
                workers.execute(() -> {
                    try {
                        discover(target, line);
                    } finally {
                        slots.release();
                    }
                });
            }
        } finally {
            ticker.shutdownNow();
            out.flush();
        }
        progress(begin, true);
        return new Outcome(tally.get(), finished.get(), unusable.get(), System.nanoTime() - begin);
    }

    private void discover(DiscoveryTarget target, int line) {
        DiscoveryReport report = service.discover(target, context, new NullProgressMonitor());
        out.add(DiscoveryJson.line(report, line, withTrace));
        DiscoveryTally counts = DiscoveryTally.of(report);
        tally.accumulateAndGet(counts, DiscoveryTally::plus);
        finished.incrementAndGet();
    }

    /** Waits until the next start is due; returns the start after it. */
    private static long pace(long nextStart, long interval) {
        long wait = nextStart - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // After a stall the schedule restarts from now instead of bursting to catch up.
        return Math.max(nextStart, System.nanoTime() - interval) + interval;
    }

    private void progress(long begin, boolean last) {
        out.flush();
        double seconds = (System.nanoTime() - begin) / 1e9;
        int done = finished.get();
        DiscoveryTally counts = tally.get();
        err.println(String.format(Locale.ROOT, "emw: discover: %s%d done, %d in flight, %.0f/s, %s",
                last ? "finished: " : "", done, started.get() - done, seconds > 0 ? done / seconds : 0.0,
                counts.describe()));
    }
}
