/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything the providers found for one target.
 *
 * @param target what was discovered for
 * @param traces one trace per provider that ran, in provider order
 * @since 0.1
 */
public record DiscoveryReport(DiscoveryTarget target, List<DiscoveryTrace> traces) {

    /** Copies the list. */
    public DiscoveryReport {
        Objects.requireNonNull(target, "target");
        traces = List.copyOf(traces);
    }

    /** @return the findings of all traces, in trace order */
    public List<DiscoveryFinding> findings() {
        List<DiscoveryFinding> findings = new ArrayList<>();
        for (DiscoveryTrace trace : traces) {
            findings.addAll(trace.findings());
        }
        return Collections.unmodifiableList(findings);
    }

    /**
     * @param severity a severity
     * @return whether any finding has it
     */
    public boolean has(Severity severity) {
        for (DiscoveryTrace trace : traces) {
            for (DiscoveryFinding finding : trace.findings()) {
                if (finding.severity() == severity) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether a provider stopped early */
    public boolean hasFailures() {
        return traces.stream().anyMatch(trace -> trace.failure() != null);
    }
}
