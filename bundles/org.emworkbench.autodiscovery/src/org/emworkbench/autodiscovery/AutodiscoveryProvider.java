/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Finds out, for an email address or a domain, what a client would discover
 * and where that path would fail or leak credentials. Contributed through the
 * extension point {@code org.emworkbench.autodiscovery.providers}.
 * <p>
 * Contract:
 * <ul>
 * <li>Record <em>every</em> query and request in the trace as it is made, with its answer; a partial trace must
 * still make sense when the provider is cancelled or fails.</li>
 * <li>Never send credentials, and never build a candidate above the registrable domain of the target (an
 * {@code autodiscover.<public suffix>} name is reported, never contacted).</li>
 * <li>An unanswered query is {@link Severity#UNKNOWN}, never "absent".</li>
 * <li>Check {@link IProgressMonitor#isCanceled()} between network operations and throw
 * {@link org.eclipse.core.runtime.OperationCanceledException} when it is set; keep each blocking operation
 * within the timeouts of {@link DiscoverySettings}.</li>
 * <li>One instance serves every run and every thread: keep no state between calls other than in
 * {@link DiscoveryContext#shared}.</li>
 * </ul>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AutodiscoveryProvider {

    /**
     * Discovers for one target.
     *
     * @param target  the address or domain
     * @param context settings, model expectations and shared objects of this run
     * @param trace   where steps, findings and results go
     * @param monitor progress and cancellation; never {@code null}
     */
    void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace, IProgressMonitor monitor);
}
