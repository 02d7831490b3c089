/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one provider did for one target: its steps, findings and discovered
 * values.
 *
 * @param providerId   the provider's extension id
 * @param providerName the provider's name, for people
 * @param target       what was discovered for
 * @param steps        every query and request made, in order
 * @param findings     what was found wrong, doubtful or unknown
 * @param results      what a client would use
 * @param elapsed      how long the provider ran
 * @param failure      why the provider stopped early (an internal error or a cancellation), or {@code null}
 * @since 0.1
 */
public record DiscoveryTrace(String providerId, String providerName, DiscoveryTarget target, List<TraceStep> steps,
        List<DiscoveryFinding> findings, List<DiscoveredValue> results, Duration elapsed, String failure) {

    /** Copies the lists. */
    public DiscoveryTrace {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(elapsed, "elapsed");
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
        results = List.copyOf(results);
    }
}
