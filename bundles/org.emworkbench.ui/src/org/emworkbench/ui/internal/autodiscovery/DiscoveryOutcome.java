/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTarget;

/**
 * What one run of the Autodiscovery view produced.
 *
 * @param report    the traces of the providers that ran; when cancelled, the last one is partial and later
 *                  providers are missing
 * @param planned   how many providers the run was to ask
 * @param elapsed   how long the run took, start to end
 * @param cancelled whether the user stopped it
 * @param model     the model whose expectations the providers compared with, or {@code null}
 */
public record DiscoveryOutcome(DiscoveryReport report, int planned, Duration elapsed, boolean cancelled,
        String model) {

    /** Checks that the parts are there. */
    public DiscoveryOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * @param target  what the run was for
     * @param planned how many providers it was to ask
     * @param model   the model of the run, or {@code null}
     * @return the outcome of a run stopped before any provider ran
     */
    public static DiscoveryOutcome cancelledBeforeStart(DiscoveryTarget target, int planned, String model) {
        return new DiscoveryOutcome(new DiscoveryReport(target, List.of()), planned, Duration.ZERO, true, model);
    }

    /** @return the target of the run */
    public DiscoveryTarget target() {
        return report.target();
    }
}
