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
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs the registered providers for a target and collects their traces. The
 * command line, the workbench view and the online rule all discover through
 * this one service.
 *
 * @since 0.1
 */
public final class AutodiscoveryService {

    private final ProviderRegistry registry;

    /** @param registry where the providers come from */
    public AutodiscoveryService(ProviderRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** @return the registry this service runs */
    public ProviderRegistry registry() {
        return registry;
    }

    /**
     * @param settings the run's settings
     * @return the providers that run with them, in order: all of them, less HTTP ones when HTTP is off
     */
    public List<ProviderDescriptor> providersFor(DiscoverySettings settings) {
        return registry.providers().stream()
                .filter(provider -> settings.httpEnabled() || provider.transport() != Transport.HTTP).toList();
    }

    /**
     * Runs every provider for the target, one after the other. A provider that
     * throws is recorded as stopped with the reason, and the others still run.
     * When the monitor is cancelled, the running provider's partial trace is kept
     * (its failure says "cancelled"), the remaining providers do not run, and the
     * report is returned; callers check {@link IProgressMonitor#isCanceled()}.
     *
     * @param target  the address or domain
     * @param context the run's settings, expectations and shared objects
     * @param monitor progress and cancellation, or {@code null}
     * @return one trace per provider that ran
     */
    public DiscoveryReport discover(DiscoveryTarget target, DiscoveryContext context, IProgressMonitor monitor) {
        List<ProviderDescriptor> providers = providersFor(context.settings());
        SubMonitor progress = SubMonitor.convert(monitor, "Discovering for " + target, providers.size());
        List<DiscoveryTrace> traces = new ArrayList<>();
        for (ProviderDescriptor provider : providers) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(provider.name());
            traces.add(run(provider, target, context, progress.newChild(1)));
        }
        return new DiscoveryReport(target, traces);
    }

    private static DiscoveryTrace run(ProviderDescriptor provider, DiscoveryTarget target, DiscoveryContext context,
            IProgressMonitor monitor) {
        TraceRecorder recorder = new TraceRecorder();
        long started = System.nanoTime();
        String failure = null;
        try {
            provider.factory().get().discover(target, context, recorder, monitor);
        } catch (OperationCanceledException e) {
            failure = "cancelled";
            monitor.setCanceled(true);
        } catch (RuntimeException | LinkageError e) {
            failure = "the provider failed: " + e;
        }
        return new DiscoveryTrace(provider.id(), provider.name(), target, recorder.steps(), recorder.findings(),
                recorder.results(), Duration.ofNanos(System.nanoTime() - started), failure);
    }
}
