/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.Locale;

import org.emworkbench.export.internal.report.ReportDocument.Block;
import org.emworkbench.export.internal.report.ReportDocument.Bullets;
import org.emworkbench.export.internal.report.ReportDocument.Figure;
import org.emworkbench.export.internal.report.ReportDocument.Heading;
import org.emworkbench.export.internal.report.ReportDocument.Inline;
import org.emworkbench.export.internal.report.ReportDocument.Paragraph;
import org.emworkbench.export.internal.report.ReportDocument.Row;
import org.emworkbench.export.internal.report.ReportDocument.Span;
import org.emworkbench.export.internal.report.ReportDocument.Table;
import org.emworkbench.export.internal.report.ReportDocument.Tone;

/**
 * Writes a report as one self-contained HTML file that is also well-formed
 * XML (XHTML syntax): the style sheet and the enrollment diagram are inline,
 * there are no scripts, and a content security policy forbids the browser to
 * fetch anything, so the file can be mailed and opened offline. Every model
 * text goes through {@link Xml#escape}.
 */
final class HtmlWriter {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #1a1a1a; margin: 0;
                background: #ffffff; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
            h1 { font-size: 26px; border-bottom: 3px solid #1f4e79; padding-bottom: 8px; }
            h2 { font-size: 20px; margin-top: 36px; color: #1f4e79; border-bottom: 1px solid #c8d3df;
                padding-bottom: 4px; }
            h3 { font-size: 16px; margin-top: 24px; }
            p, li { line-height: 1.5; }
            table { border-collapse: collapse; margin: 12px 0; width: 100%; font-size: 14px; }
            th, td { border: 1px solid #c8d3df; padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #eef3f8; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; background: #f3f3f3;
                padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
            tr.required td { background: #eef6ff; }
            tr.required td:first-child { border-left: 4px solid #1f6feb; }
            tr.error td { background: #fdecea; }
            tr.error td:first-child { border-left: 4px solid #c62828; }
            tr.warning td { background: #fff6e0; }
            tr.warning td:first-child { border-left: 4px solid #9a5b00; }
            tr.info td:first-child { border-left: 4px solid #6b6b6b; }
            td.short { white-space: nowrap; }
            figure { margin: 16px 0; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 13px; color: #555555; }
            """;

    /** Values up to this length are short, see {@link #isShort}. */
    private static final int SHORT = 16;

    private final StringBuilder out = new StringBuilder();

    private HtmlWriter() {
    }

    /**
     * @param document the report
     * @return the HTML text, {@code \n} line ends
     */
    static String write(ReportDocument document) {
        HtmlWriter writer = new HtmlWriter();
        writer.document(document);
        return writer.out.toString();
    }

    private void document(ReportDocument document) {
        out.append("<!DOCTYPE html>\n");
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n");
        out.append("<head>\n");
        out.append("<meta charset=\"UTF-8\"/>\n");
        // Defence in depth: even if markup slipped through, the browser may fetch and run nothing.
        out.append("<meta http-equiv=\"Content-Security-Policy\"")
                .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.append("<meta name=\"generator\" content=\"Endpoint Management Workbench\"/>\n");
        out.append("<title>").append(Xml.escape(document.title())).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n");
        out.append("</head>\n<body>\n<main>\n");
        document.blocks().forEach(this::block);
        out.append("</main>\n</body>\n</html>\n");
    }

    private void block(Block block) {
        switch (block) {
        case Heading heading -> out.append("<h").append(heading.level()).append(" id=\"")
                .append(Xml.escape(heading.id()))
                .append("\">").append(Xml.escape(heading.text())).append("</h").append(heading.level()).append(">\n");
        case Paragraph paragraph -> out.append("<p>").append(inline(paragraph.content())).append("</p>\n");
        case Bullets bullets -> {
            out.append("<ul>\n");
            bullets.items().forEach(item -> out.append("<li>").append(inline(item)).append("</li>\n"));
            out.append("</ul>\n");
        }
        case Table table -> table(table);
        case Figure figure -> out.append("<figure>\n").append(figure.svg()).append("<figcaption>")
                .append(Xml.escape(figure.caption())).append("</figcaption>\n</figure>\n");
        }
    }

    private void table(Table table) {
        out.append("<table>\n<thead>\n<tr>");
        table.header().forEach(title -> out.append("<th>").append(Xml.escape(title)).append("</th>"));
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : table.rows()) {
            out.append(row.tone() == Tone.NONE ? "<tr>"
                    : "<tr class=\"" + row.tone().name().toLowerCase(Locale.ROOT) + "\">");
            row.cells().forEach(cell -> out.append(isShort(cell) ? "<td class=\"short\">" : "<td>").append(inline(cell))
                    .append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /**
     * A short value alone in its cell (a rule id, a port, a severity) is kept on one line: long values may
     * break anywhere, and without this a narrow column would break short ones too.
     */
    private static boolean isShort(Inline cell) {
        return cell.spans().size() == 1 && cell.spans().get(0).style() != ReportDocument.Style.PLAIN
                && cell.spans().get(0).text().length() <= SHORT;
    }

    private static String inline(Inline inline) {
        StringBuilder text = new StringBuilder();
        for (Span span : inline.spans()) {
            if (span.text().isEmpty()) {
                continue;
            }
            switch (span.style()) {
            case PLAIN -> text.append(Xml.escape(span.text()));
            case CODE -> text.append("<code>").append(Xml.escape(span.text())).append("</code>");
            case STRONG -> text.append("<strong>").append(Xml.escape(span.text())).append("</strong>");
            }
        }
        return text.toString();
    }
}
