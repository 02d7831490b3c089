/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.util.List;

/**
 * A preview as plain text, for the clipboard: the summary line, then each
 * row with its problems indented below it, marked with the same words as the
 * icons and followed by the fix.
 */
public final class PreviewText {

    private PreviewText() {
    }

    /**
     * @param outcome a run's outcome
     * @return the whole preview: summary, the error if any, every row
     */
    public static String of(PreviewOutcome outcome) {
        StringBuilder text = new StringBuilder(outcome.summary()).append('\n');
        if (outcome.error() != null) {
            text.append(outcome.error()).append('\n');
        }
        if (outcome.preview() != null) {
            text.append(of(PreviewRow.of(outcome.preview())));
        }
        return text.toString();
    }

    /**
     * @param rows rows, e.g. the selected ones
     * @return each row with everything below it
     */
    public static String of(List<PreviewRow> rows) {
        StringBuilder text = new StringBuilder();
        for (PreviewRow row : rows) {
            append(text, row, "");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, PreviewRow row, String indent) {
        text.append(indent).append('[').append(row.mark().word()).append("] ");
        if (row.kind() == PreviewRow.Kind.PROBLEM) {
            text.append(row.label()).append('\n').append(indent).append("    fix: ").append(row.problem().fix());
        } else if (row.kind() == PreviewRow.Kind.ATTRIBUTE) {
            text.append(row.label()).append(" = ").append(row.value()).append("    (").append(row.template())
                    .append(')');
        } else {
            text.append(row.label()).append(row.value().isEmpty() ? "" : " \u2014 " + row.value());
        }
        text.append('\n');
        for (PreviewRow child : row.children()) {
            append(text, child, indent + "  ");
        }
    }
}
