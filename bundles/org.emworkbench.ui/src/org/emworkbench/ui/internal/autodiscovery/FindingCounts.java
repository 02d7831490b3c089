/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.ArrayList;
import java.util.List;

import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.Severity;

/**
 * How many findings of each severity, as the summary and the provider rows say it.
 *
 * @param errors   errors
 * @param warnings warnings
 * @param unknown  checks that could not be made
 * @param infos    findings worth knowing
 */
public record FindingCounts(int errors, int warnings, int unknown, int infos) {

    /**
     * @param findings findings
     * @return their counts
     */
    public static FindingCounts of(List<DiscoveryFinding> findings) {
        return new FindingCounts(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.UNKNOWN), count(findings, Severity.INFO));
    }

    private static int count(List<DiscoveryFinding> findings, Severity severity) {
        return (int) findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    /** @return e.g. {@code 2 errors, 1 warning, 1 unknown}, or {@code no findings} */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        add(parts, errors, "error", "errors");
        add(parts, warnings, "warning", "warnings");
        add(parts, unknown, "unknown", "unknown");
        add(parts, infos, "info", "infos");
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
