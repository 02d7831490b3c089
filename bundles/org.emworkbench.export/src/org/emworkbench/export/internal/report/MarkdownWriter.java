/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import org.emworkbench.export.internal.report.ReportDocument.Block;
import org.emworkbench.export.internal.report.ReportDocument.Bullets;
import org.emworkbench.export.internal.report.ReportDocument.Figure;
import org.emworkbench.export.internal.report.ReportDocument.Heading;
import org.emworkbench.export.internal.report.ReportDocument.Inline;
import org.emworkbench.export.internal.report.ReportDocument.Paragraph;
import org.emworkbench.export.internal.report.ReportDocument.Row;
import org.emworkbench.export.internal.report.ReportDocument.Span;
import org.emworkbench.export.internal.report.ReportDocument.Table;

/**
 * Writes a report as GitHub-flavoured Markdown: ATX headings, pipe tables,
 * code spans for model values, and the enrollment diagram as an image linked
 * from the file beside the report. Every model text goes through
 * {@link Markdown}, so it cannot become markup.
 */
final class MarkdownWriter {

    private final StringBuilder out = new StringBuilder();

    private MarkdownWriter() {
    }

    /**
     * @param document the report
     * @return the Markdown text, {@code \n} line ends, ending with one line break
     */
    static String write(ReportDocument document) {
        MarkdownWriter writer = new MarkdownWriter();
        document.blocks().forEach(writer::block);
        String text = writer.out.toString();
        return text.stripTrailing() + "\n";
    }

    private void block(Block block) {
        switch (block) {
        case Heading heading -> out.append("#".repeat(heading.level())).append(' ')
                .append(Markdown.text(heading.text())).append("\n\n");
        case Paragraph paragraph -> out.append(inline(paragraph.content(), false)).append("\n\n");
        case Bullets bullets -> {
            bullets.items().forEach(item -> out.append("- ").append(inline(item, false)).append('\n'));
            out.append('\n');
        }
        case Table table -> table(table);
        case Figure figure -> out.append("![").append(Markdown.text(figure.caption())).append("](")
                .append(figure.file()).append(")\n\n");
        }
    }

    private void table(Table table) {
        out.append('|');
        table.header().forEach(title -> out.append(' ').append(Markdown.text(title)).append(" |"));
        out.append("\n|");
        table.header().forEach(title -> out.append("---|"));
        out.append('\n');
        for (Row row : table.rows()) {
            out.append('|');
            for (Inline cell : row.cells()) {
                String text = inline(cell, true);
                out.append(' ').append(text.isEmpty() ? "" : text + " ").append('|');
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static String inline(Inline inline, boolean inTable) {
        StringBuilder text = new StringBuilder();
        for (Span span : inline.spans()) {
            if (span.text().isEmpty()) {
                continue;
            }
            switch (span.style()) {
            case PLAIN -> text.append(Markdown.text(span.text()));
            case CODE -> text.append(Markdown.code(span.text(), inTable));
            case STRONG -> text.append("**").append(Markdown.text(span.text())).append("**");
            }
        }
        return text.toString();
    }
}
