/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.time.Duration;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTarget;

/**
 * Runs the providers for one target off the UI thread. A user job: it shows
 * its progress and the user can cancel it, in the view or in the Progress
 * view. Its outcome is there once the job is done, whether it ran to the end,
 * was cancelled while running (the partial trace) or before it started (no
 * trace).
 */
public final class DiscoveryJob extends Job {

    /** The job family, for waiting on or cancelling discoveries. */
    public static final Object FAMILY = DiscoveryJob.class;

    private final AutodiscoveryService service;
    private final DiscoveryTarget target;
    private final DiscoveryContext context;
    private final String model;
    private volatile DiscoveryOutcome outcome;

    /**
     * @param service runs the providers
     * @param target  what to discover for
     * @param context the settings and the model's expectations
     * @param model   the name of the model the expectations come from, or {@code null}
     */
    public DiscoveryJob(AutodiscoveryService service, DiscoveryTarget target, DiscoveryContext context, String model) {
        super("Discovering autodiscovery paths for " + target);
        this.service = Objects.requireNonNull(service, "service");
        this.target = Objects.requireNonNull(target, "target");
        this.context = Objects.requireNonNull(context, "context");
        this.model = model;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int planned = service.providersFor(context.settings()).size();
        long started = System.nanoTime();
        DiscoveryReport report = service.discover(target, context, monitor);
        outcome = new DiscoveryOutcome(report, planned, Duration.ofNanos(System.nanoTime() - started),
                monitor.isCanceled(), model);
        // The partial trace is the outcome too; CANCEL only tells the job framework not to report an error.
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** @return what the job is for */
    public DiscoveryTarget target() {
        return target;
    }

    /** @return the outcome once the job is done; a cancelled run without a trace when it never ran */
    public DiscoveryOutcome outcome() {
        DiscoveryOutcome done = outcome;
        return done != null ? done
                : DiscoveryOutcome.cancelledBeforeStart(target, service.providersFor(context.settings()).size(), model);
    }
}
