/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A deployment report as a plain sequence of blocks, independent of the file
 * format: the Markdown and HTML writers render the same document, so both say
 * the same things. Texts are held unescaped; each writer escapes them.
 */
final class ReportDocument {

    /** How a piece of inline text is set. */
    enum Style {
        /** Ordinary text. */
        PLAIN,
        /** A value as written in the model or on the console: a key, a host name. */
        CODE,
        /** Emphasised text, such as a status. */
        STRONG
    }

    /** How a table row stands out. */
    enum Tone {
        /** An ordinary row. */
        NONE,
        /** A setting Secure Mail SSO needs. */
        REQUIRED,
        /** An error finding. */
        ERROR,
        /** A warning finding. */
        WARNING,
        /** An info finding. */
        INFO
    }

    /**
     * @param style how it is set
     * @param text  the text, unescaped
     */
    record Span(Style style, String text) {
        Span {
            Objects.requireNonNull(style, "style");
            text = text == null ? "" : text;
        }
    }

    /** @param spans the pieces of a line of text, in order */
    record Inline(List<Span> spans) {
        Inline {
            spans = List.copyOf(spans);
        }

        /**
         * @param parts {@link Span}s, or other objects taken as plain text
         * @return the line
         */
        static Inline of(Object... parts) {
            List<Span> spans = new ArrayList<>();
            for (Object part : parts) {
                spans.add(part instanceof Span span ? span : new Span(Style.PLAIN, String.valueOf(part)));
            }
            return new Inline(spans);
        }

        /** @return whether there is no text at all */
        boolean isEmpty() {
            return spans.stream().allMatch(span -> span.text().isEmpty());
        }
    }

    /** A part of the document. */
    sealed interface Block permits Heading, Paragraph, Bullets, Table, Figure {
    }

    /**
     * @param level 1 for the title, 2 for a section, 3 for a subsection
     * @param text  the heading
     * @param id    a stable anchor, lower case letters, digits and hyphens
     */
    record Heading(int level, String text, String id) implements Block {
    }

    /** @param content the paragraph's text */
    record Paragraph(Inline content) implements Block {
    }

    /** @param items the items of an unordered list */
    record Bullets(List<Inline> items) implements Block {
        Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * @param cells one per column
     * @param tone  how the row stands out
     */
    record Row(List<Inline> cells, Tone tone) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param header the column titles
     * @param rows   the rows, each with as many cells as there are columns
     */
    record Table(List<String> header, List<Row> rows) implements Block {
        Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for "
                            + header.size() + " columns");
                }
            }
        }
    }

    /**
     * @param file    the file the picture is written to, beside the report (Markdown links it)
     * @param caption what the picture shows, also its text alternative
     * @param svg     the picture, a complete SVG document without XML declaration (HTML embeds it)
     */
    record Figure(String file, String caption, String svg) implements Block {
    }

    private final String title;
    private final List<Block> blocks;

    /**
     * @param title  the document's title, for the HTML head
     * @param blocks the content, starting with the level 1 heading
     */
    ReportDocument(String title, List<Block> blocks) {
        this.title = title;
        this.blocks = List.copyOf(blocks);
    }

    /** @return the title */
    String title() {
        return title;
    }

    /** @return the content */
    List<Block> blocks() {
        return blocks;
    }

    /**
     * @param text a value
     * @return a span showing it as written
     */
    static Span code(String text) {
        return new Span(Style.CODE, text);
    }

    /**
     * @param text a short text
     * @return a span that stands out
     */
    static Span strong(String text) {
        return new Span(Style.STRONG, text);
    }

    /**
     * @param text a text
     * @return a plain span
     */
    static Span plain(String text) {
        return new Span(Style.PLAIN, text);
    }
}
