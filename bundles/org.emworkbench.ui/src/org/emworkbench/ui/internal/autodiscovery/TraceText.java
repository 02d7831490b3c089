/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trace as plain text, for the clipboard: one row per line, indented by
 * depth, the icon's meaning in brackets, a finding's fix on the line after it.
 * For example:
 *
 * <pre>
 * [error] Exchange Autodiscover SRV record (DNS) — 1 error (12 ms)
 *   [error] AD-001 No SRV record for contoso.com — _autodiscover._tcp.contoso.com
 *     fix: Publish an SRV record …
 *   [absent] SRV _autodiscover._tcp.contoso.com — NXDOMAIN (11 ms)
 * </pre>
 */
public final class TraceText {

    private TraceText() {
    }

    /**
     * @param outcome a run's outcome
     * @return the summary, the model compared with, and every row
     */
    public static String of(DiscoveryOutcome outcome) {
        StringBuilder text = new StringBuilder(TraceSummary.of(outcome)).append('\n');
        if (outcome.model() != null) {
            text.append("Compared with the model ").append(outcome.model()).append('\n');
        }
        TraceNode.of(outcome.report()).forEach(node -> append(text, node, 0));
        return text.toString();
    }

    /**
     * @param selected rows, e.g. the selection of the tree
     * @return each row with everything below it; a row below another selected row is written once
     */
    public static String of(Collection<TraceNode> selected) {
        Set<TraceNode> chosen = new HashSet<>(selected);
        List<TraceNode> tops = new ArrayList<>();
        for (TraceNode node : selected) {
            if (!hasChosenAncestor(node, chosen)) {
                tops.add(node);
            }
        }
        StringBuilder text = new StringBuilder();
        tops.forEach(node -> append(text, node, 0));
        return text.toString();
    }

    private static boolean hasChosenAncestor(TraceNode node, Set<TraceNode> chosen) {
        for (TraceNode above = node.parent(); above != null; above = above.parent()) {
            if (chosen.contains(above)) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder text, TraceNode node, int depth) {
        String indent = "  ".repeat(depth);
        text.append(indent);
        if (node.mark() != Mark.NONE) {
            text.append('[').append(node.mark().word()).append("] ");
        }
        text.append(node.label());
        if (!node.outcome().isEmpty()) {
            text.append(" — ").append(node.outcome());
        }
        if (node.time() != null) {
            text.append(" (").append(Durations.format(node.time())).append(')');
        }
        text.append('\n');
        if (node.fix() != null) {
            text.append(indent).append("  fix: ").append(node.fix()).append('\n');
        }
        node.children().forEach(child -> append(text, child, depth + 1));
    }
}
