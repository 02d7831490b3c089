/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emworkbench.model.compare.ComparisonResult;
import org.emworkbench.model.compare.Difference;

/**
 * Writes a model comparison as a Markdown table (GitHub Flavored Markdown)
 * for a change review or a pull-request comment: a heading, a summary line,
 * then one row per difference with its kind, path, the value before and the
 * value after. Paths and values are code spans, so nothing in a model can
 * start a link, an emphasis or HTML; pipes are escaped so they cannot end a
 * cell, and line breaks are written as {@code \n} so they cannot end a row.
 */
public final class DiffMarkdown {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private DiffMarkdown() {
    }

    /**
     * @param result the comparison
     * @param left   the first model as the user named it
     * @param right  the second model as the user named it
     * @return the Markdown text, ending with a line break
     */
    public static String render(ComparisonResult result, String left, String right) {
        StringBuilder text = new StringBuilder("### emw diff\n\n");
        text.append(code(left)).append(" → ").append(code(right)).append(": ").append(DiffText.summary(result))
                .append("\n");
        if (result.isEmpty()) {
            return text.toString();
        }
        text.append("\n| change | path | before | after |\n|---|---|---|---|\n");
        for (Difference difference : result.differences()) {
            String[] values = beforeAndAfter(difference);
            text.append("| ").append(difference.kind().label()).append(" | ").append(code(difference.path()))
                    .append(" | ").append(values[0]).append(" | ").append(values[1]).append(" |\n");
        }
        return text.toString();
    }

    private static String[] beforeAndAfter(Difference difference) {
        return switch (difference) {
            case Difference.Added added -> new String[] { "", code(DiffText.object(added.className(),
                    added.attributes())) };
            case Difference.Removed removed -> new String[] { code(DiffText.object(removed.className(),
                    removed.attributes())), "" };
            case Difference.Changed changed -> new String[] { code(DiffText.value(changed.oldValue())),
                    code(DiffText.value(changed.newValue())) };
            case Difference.ValuesChanged values -> new String[] { code(String.join(", ",
                    values.oldValues().stream().map(DiffText::value).toList())),
                    code(String.join(", ", values.newValues().stream().map(DiffText::value).toList())) };
            case Difference.Reordered reordered -> new String[] { code(reordered.oldOrder().toString()),
                    code(reordered.newOrder().toString()) };
            case Difference.DuplicateKey duplicate -> duplicate.side() == Difference.Side.LEFT
                    ? new String[] { duplicate.count() + " objects share this key", "" }
                    : new String[] { "", duplicate.count() + " objects share this key" };
        };
    }

    /**
     * @param text any text
     * @return it as a code span that is safe inside a table cell
     */
    static String code(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("|", "\\|");
        int longest = 0;
        Matcher runs = BACKTICKS.matcher(oneLine);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        String fence = "`".repeat(longest + 1);
        // A span that starts or ends with a backtick needs a blank inside its fence (CommonMark, code spans).
        String padding = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + padding + oneLine + padding + fence;
    }
}
