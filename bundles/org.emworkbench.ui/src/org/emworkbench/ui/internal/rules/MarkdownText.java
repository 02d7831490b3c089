/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page turned into plain text and the styled ranges of it, with no
 * widget involved, so that what a page looks like can be tested without a
 * display. It reads the Markdown EMW's rule pages are written in: ATX
 * headings, paragraphs (a line ending in two spaces breaks), bullet and
 * numbered lists, fenced code, pipe tables (laid out in columns, meant for a
 * monospace font), and inline bold, italic, code, links and bare http(s)
 * addresses. Anything else is kept as text.
 */
public final class MarkdownText {

    /** How a range of the text looks. */
    public enum Style {
        /** A level-1 heading: the page title. */
        TITLE,
        /** A heading of level 2 or deeper. */
        HEADING,
        /** Strong emphasis. */
        BOLD,
        /** Emphasis. */
        ITALIC,
        /** Code, inline or fenced: monospace. */
        CODE,
        /** A table, laid out in columns: monospace. */
        TABLE,
        /** A link; its {@link Span#target()} is where it goes. */
        LINK
    }

    /**
     * A styled range. Ranges may nest (bold inside a link) but never cross.
     *
     * @param start  the offset of its first character in {@link MarkdownText#text()}
     * @param length its number of characters
     * @param style  how it looks
     * @param target the link's destination as written, for {@link Style#LINK}; {@code null} otherwise
     */
    public record Span(int start, int length, Style style, String target) {

        /** @return the offset after its last character */
        public int end() {
            return start + length;
        }
    }

    /**
     * A heading, for links to a section ({@code README.md#data-files-facts}).
     *
     * @param anchor the anchor a link names: lower case, spaces as dashes, punctuation dropped
     * @param offset where the heading starts in the text
     */
    public record Heading(String anchor, int offset) {
    }

    private static final Pattern ATX_HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern BULLET = Pattern.compile("([-*+])\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,9})[.)]\\s+(.*)");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?");
    private static final String BULLET_SIGN = "\u2022";

    private final String text;
    private final List<Span> spans;
    private final List<Heading> headings;

    private MarkdownText(String text, List<Span> spans, List<Heading> headings) {
        this.text = text;
        this.spans = List.copyOf(spans);
        this.headings = List.copyOf(headings);
    }

    /**
     * @param markdown a Markdown page; line ends of any platform
     * @return its text and styles
     */
    public static MarkdownText parse(String markdown) {
        Builder builder = new Builder();
        List<String> lines = markdown.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String stripped = line.strip();
            Matcher heading = ATX_HEADING.matcher(stripped);
            if (stripped.isEmpty()) {
                i++;
            } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                i = fence(lines, i, builder);
            } else if (heading.matches()) {
                builder.heading(heading.group(1).length(), heading.group(2));
                i++;
            } else if (stripped.startsWith("|")) {
                i = table(lines, i, builder);
            } else if (BULLET.matcher(stripped).matches() || NUMBERED.matcher(stripped).matches()) {
                i = list(lines, i, builder);
            } else {
                i = paragraph(lines, i, builder);
            }
        }
        return builder.build();
    }

    /** @return the text to show, without Markdown syntax */
    public String text() {
        return text;
    }

    /** @return the styled ranges, ordered by start; a range's nested ranges follow it */
    public List<Span> spans() {
        return spans;
    }

    /** @return the headings, in the page's order */
    public List<Heading> headings() {
        return headings;
    }

    /**
     * @param offset an offset in the text
     * @return the innermost link covering it, or {@code null}
     */
    public Span linkAt(int offset) {
        Span found = null;
        for (Span span : spans) {
            if (span.style() == Style.LINK && span.start() <= offset && offset < span.end()
                    && (found == null || span.length() <= found.length())) {
                found = span;
            }
        }
        return found;
    }

    /**
     * @param anchor a section anchor as a link writes it, without {@code #}
     * @return the offset of that heading, or -1
     */
    public int offsetOf(String anchor) {
        return headings.stream().filter(heading -> heading.anchor().equals(anchor)).mapToInt(Heading::offset)
                .findFirst().orElse(-1);
    }

    private static int fence(List<String> lines, int start, Builder builder) {
        String marker = lines.get(start).strip().substring(0, 3);
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).strip().startsWith(marker)) {
            code.add(lines.get(i));
            i++;
        }
        builder.codeBlock(String.join("\n", code));
        return Math.min(i + 1, lines.size());
    }

    private static int table(List<String> lines, int start, Builder builder) {
        List<List<String>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
            String row = lines.get(i).strip();
            if (!TABLE_SEPARATOR.matcher(row).matches()) {
                rows.add(cells(row));
            }
            i++;
        }
        builder.table(rows);
        return i;
    }

    private static int list(List<String> lines, int start, Builder builder) {
        int i = start;
        while (i < lines.size()) {
            String stripped = lines.get(i).strip();
            Matcher bullet = BULLET.matcher(stripped);
            Matcher numbered = NUMBERED.matcher(stripped);
            String sign;
            StringBuilder item = new StringBuilder();
            if (bullet.matches()) {
                sign = BULLET_SIGN;
                item.append(bullet.group(2));
            } else if (numbered.matches()) {
                sign = numbered.group(1) + ".";
                item.append(numbered.group(2));
            } else {
                break;
            }
            i++;
            while (i < lines.size() && isContinuation(lines.get(i))) {
                item.append(joiner(item)).append(lines.get(i).strip());
                i++;
            }
            builder.listItem(sign, item.toString());
        }
        builder.endBlock();
        return i;
    }

    /** An indented line that is not a new item continues the item above it. */
    private static boolean isContinuation(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && Character.isWhitespace(line.charAt(0)) && !BULLET.matcher(stripped).matches()
                && !NUMBERED.matcher(stripped).matches();
    }

    private static int paragraph(List<String> lines, int start, Builder builder) {
        StringBuilder paragraph = new StringBuilder();
        int i = start;
        while (i < lines.size() && !startsBlock(lines.get(i))) {
            String line = lines.get(i);
            paragraph.append(joiner(paragraph)).append(line.strip());
            if (line.endsWith("  ") || line.endsWith("\\")) {
                if (line.strip().endsWith("\\")) {
                    paragraph.setLength(paragraph.length() - 1);
                }
                paragraph.append('\n');
            }
            i++;
        }
        builder.paragraph(paragraph.toString().strip());
        return i;
    }

    /** A space between joined lines, unless the text so far ends with a line break. */
    private static String joiner(CharSequence text) {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? "" : " ";
    }

    private static boolean startsBlock(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("```") || stripped.startsWith("~~~")
                || stripped.startsWith("|") || ATX_HEADING.matcher(stripped).matches()
                || BULLET.matcher(stripped).matches() || NUMBERED.matcher(stripped).matches();
    }

    /** The cells of a table row: split at pipes that are not escaped and not inside code. */
    private static List<String> cells(String row) {
        String inner = row.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|' && !inCode) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                inCode ^= c == '`';
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /**
     * @param heading a heading's text as shown
     * @return its anchor the way common Markdown renderers make it
     */
    static String anchorOf(String heading) {
        StringBuilder anchor = new StringBuilder();
        for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.append(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        }
        return anchor.toString();
    }

    /** Collects the text and its spans block by block. */
    private static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();

        void heading(int level, String markdown) {
            int start = text.length();
            Inline.append(markdown, text, spans);
            headings.add(new Heading(anchorOf(text.substring(start)), start));
            spans.add(insertionPoint(start), new Span(start, text.length() - start, level == 1 ? Style.TITLE
                    : Style.HEADING, null));
            endBlock();
        }

        void paragraph(String markdown) {
            Inline.append(markdown, text, spans);
            endBlock();
        }

        void listItem(String sign, String markdown) {
            text.append("  ").append(sign).append(' ');
            Inline.append(markdown, text, spans);
            text.append('\n');
        }

        void codeBlock(String code) {
            int start = text.length();
            text.append(code);
            spans.add(new Span(start, code.length(), Style.CODE, null));
            endBlock();
        }

        /** Lays the rows out in columns as wide as their widest cell, the first row underlined. */
        void table(List<List<String>> rows) {
            List<List<MarkdownText>> rendered = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            for (List<String> row : rows) {
                List<MarkdownText> cells = new ArrayList<>();
                for (int column = 0; column < row.size(); column++) {
                    MarkdownText cell = Inline.render(row.get(column));
                    cells.add(cell);
                    if (widths.size() <= column) {
                        widths.add(0);
                    }
                    widths.set(column, Math.max(widths.get(column), cell.text().length()));
                }
                rendered.add(cells);
            }
            int start = text.length();
            for (int r = 0; r < rendered.size(); r++) {
                List<MarkdownText> cells = rendered.get(r);
                for (int column = 0; column < cells.size(); column++) {
                    MarkdownText cell = cells.get(column);
                    int cellStart = text.length();
                    text.append(cell.text());
                    for (Span span : cell.spans()) {
                        spans.add(new Span(cellStart + span.start(), span.length(), span.style(), span.target()));
                    }
                    if (column < cells.size() - 1) {
                        text.append(" ".repeat(widths.get(column) - cell.text().length())).append("  ");
                    }
                }
                text.append('\n');
                if (r == 0 && rendered.size() > 1) {
                    int width = widths.stream().mapToInt(Integer::intValue).sum() + 2 * (widths.size() - 1);
                    text.append("\u2500".repeat(width)).append('\n');
                }
            }
            text.setLength(text.length() - 1);
            spans.add(insertionPoint(start), new Span(start, text.length() - start, Style.TABLE, null));
            endBlock();
        }

        /** Ends a block with an empty line. */
        void endBlock() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == '\n') {
                text.setLength(text.length() - 1);
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
        }

        /** Where a span enclosing everything from {@code start} goes, so that spans stay ordered by start. */
        private int insertionPoint(int start) {
            int index = spans.size();
            while (index > 0 && spans.get(index - 1).start() >= start) {
                index--;
            }
            return index;
        }

        MarkdownText build() {
            String content = text.toString().stripTrailing();
            return new MarkdownText(content, spans, headings);
        }
    }

    /** Inline Markdown: code, bold, italic, links, bare addresses, escapes. */
    private static final class Inline {

        private static final Pattern BARE_ADDRESS = Pattern.compile("https?://[^\\s<>()]+");

        static MarkdownText render(String markdown) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            append(markdown, text, spans);
            return new MarkdownText(text.toString(), spans, List.of());
        }

        /** Appends the text of {@code markdown} to {@code text} and its spans, outer before inner, to {@code spans}. */
        static void append(String markdown, StringBuilder text, List<Span> spans) {
            int i = 0;
            while (i < markdown.length()) {
                char c = markdown.charAt(i);
                int next;
                if (c == '\\' && i + 1 < markdown.length() && isPunctuation(markdown.charAt(i + 1))) {
                    text.append(markdown.charAt(i + 1));
                    next = i + 2;
                } else if (c == '`') {
                    next = code(markdown, i, text, spans);
                } else if (markdown.startsWith("**", i) || markdown.startsWith("__", i)) {
                    next = emphasis(markdown, i, markdown.substring(i, i + 2), Style.BOLD, text, spans);
                } else if (c == '*' || c == '_' && !isWordChar(markdown, i - 1)) {
                    next = emphasis(markdown, i, String.valueOf(c), Style.ITALIC, text, spans);
                } else if (c == '[') {
                    next = link(markdown, i, text, spans);
                } else if (c == '<' && BARE_ADDRESS.matcher(markdown).region(i + 1, markdown.length()).lookingAt()) {
                    next = angleAddress(markdown, i, text, spans);
                } else if ((c == 'h') && !isWordChar(markdown, i - 1)
                        && BARE_ADDRESS.matcher(markdown).region(i, markdown.length()).lookingAt()) {
                    next = bareAddress(markdown, i, text, spans);
                } else {
                    next = -1;
                }
                if (next < 0) {
                    text.append(c);
                    next = i + 1;
                }
                i = next;
            }
        }

        private static int code(String markdown, int start, StringBuilder text, List<Span> spans) {
            int ticks = 0;
            while (start + ticks < markdown.length() && markdown.charAt(start + ticks) == '`') {
                ticks++;
            }
            String fence = "`".repeat(ticks);
            int close = markdown.indexOf(fence, start + ticks);
            if (close < 0) {
                text.append(fence);
                return start + ticks;
            }
            String code = markdown.substring(start + ticks, close);
            if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ")) {
                code = code.substring(1, code.length() - 1);
            }
            spans.add(new Span(text.length(), code.length(), Style.CODE, null));
            text.append(code);
            return close + ticks;
        }

        private static int emphasis(String markdown, int start, String delimiter, Style style, StringBuilder text,
                List<Span> spans) {
            int from = start + delimiter.length();
            if (from >= markdown.length() || Character.isWhitespace(markdown.charAt(from))) {
                return -1;
            }
            int close = closing(markdown, from, delimiter);
            if (close < 0) {
                return -1;
            }
            int index = spans.size();
            int textStart = text.length();
            append(markdown.substring(from, close), text, spans);
            spans.add(index, new Span(textStart, text.length() - textStart, style, null));
            return close + delimiter.length();
        }

        /** The closing delimiter: not after a blank, and for underscores not inside a word. */
        private static int closing(String markdown, int from, String delimiter) {
            int i = from;
            while (i < markdown.length()) {
                char c = markdown.charAt(i);
                if (c == '`') {
                    int close = markdown.indexOf('`', i + 1);
                    i = close < 0 ? i + 1 : close + 1;
                    continue;
                }
                if (markdown.startsWith(delimiter, i) && !Character.isWhitespace(markdown.charAt(i - 1))
                        && !(delimiter.length() == 1 && markdown.startsWith(delimiter + delimiter, i))
                        && !(delimiter.charAt(0) == '_' && isWordChar(markdown, i + delimiter.length()))) {
                    return i;
                }
                if (delimiter.length() == 1 && markdown.startsWith(delimiter + delimiter, i)) {
                    int inner = markdown.indexOf(delimiter + delimiter, i + 2);
                    i = inner < 0 ? i + 2 : inner + 2;
                    continue;
                }
                i++;
            }
            return -1;
        }

        private static int link(String markdown, int start, StringBuilder text, List<Span> spans) {
            int close = matching(markdown, start, '[', ']');
            if (close < 0 || close + 1 >= markdown.length() || markdown.charAt(close + 1) != '(') {
                return -1;
            }
            int end = matching(markdown, close + 1, '(', ')');
            if (end < 0) {
                return -1;
            }
            String target = markdown.substring(close + 2, end).strip();
            int title = target.indexOf(" \"");
            if (title > 0) {
                target = target.substring(0, title);
            }
            int index = spans.size();
            int textStart = text.length();
            append(markdown.substring(start + 1, close), text, spans);
            spans.add(index, new Span(textStart, text.length() - textStart, Style.LINK, target));
            return end + 1;
        }

        private static int angleAddress(String markdown, int start, StringBuilder text, List<Span> spans) {
            int close = markdown.indexOf('>', start);
            if (close < 0) {
                return -1;
            }
            String address = markdown.substring(start + 1, close);
            spans.add(new Span(text.length(), address.length(), Style.LINK, address));
            text.append(address);
            return close + 1;
        }

        /** A bare address ends before trailing punctuation that belongs to the sentence. */
        private static int bareAddress(String markdown, int start, StringBuilder text, List<Span> spans) {
            Matcher matcher = BARE_ADDRESS.matcher(markdown).region(start, markdown.length());
            if (!matcher.lookingAt()) {
                return -1;
            }
            int end = matcher.end();
            while (end > start && ".,;:!?'\"*_".indexOf(markdown.charAt(end - 1)) >= 0) {
                end--;
            }
            String address = markdown.substring(start, end);
            spans.add(new Span(text.length(), address.length(), Style.LINK, address));
            text.append(address);
            return end;
        }

        private static int matching(String markdown, int open, char opening, char closing) {
            int depth = 0;
            for (int i = open; i < markdown.length(); i++) {
                char c = markdown.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == opening) {
                    depth++;
                } else if (c == closing && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isWordChar(String markdown, int index) {
            return index >= 0 && index < markdown.length() && Character.isLetterOrDigit(markdown.charAt(index));
        }

        private static boolean isPunctuation(char c) {
            return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownText that && text.equals(that.text) && spans.equals(that.spans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, spans);
    }

    @Override
    public String toString() {
        return text;
    }
}
