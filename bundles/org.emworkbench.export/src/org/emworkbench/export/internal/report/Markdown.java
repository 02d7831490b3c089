/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

/**
 * Escapes text for GitHub-flavoured Markdown (CommonMark with tables), so that
 * a model value is shown as written and never becomes markup: a {@code |}
 * cannot end a table cell, a {@code #} cannot start a heading, a backtick
 * cannot open a code span, and {@code <script>} is text. Line breaks inside a
 * value would end a table row or paragraph, so they become spaces.
 */
final class Markdown {

    /** The characters CommonMark gives a meaning anywhere in a line; each is escaped with a backslash. */
    private static final String SPECIAL = "\\`*_[]<>|#~&!";

    private Markdown() {
    }

    /**
     * @param text any text, or {@code null}
     * @return the text as Markdown that shows exactly it, on one line
     */
    static String text(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // A leading list marker or ordered-list number would turn a paragraph into a list.
        if (out.length() > 0 && "-+".indexOf(out.charAt(0)) >= 0) {
            out.insert(0, '\\');
        }
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && ".)".indexOf(out.charAt(digits)) >= 0) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }

    /**
     * A code span that holds the text exactly: it is fenced with one backtick more
     * than the longest run of backticks inside, and padded with blanks when the
     * text starts or ends with a backtick.
     *
     * @param text    any text; {@code null} or empty gives an empty string (an empty code span is not possible)
     * @param inTable whether the span is inside a table cell, where GitHub's tables still split at {@code |}
     *                unless it is escaped, even inside code
     * @return the code span
     */
    static String code(String text, boolean inTable) {
        String line = oneLine(text);
        if (line.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || line.isBlank();
        String body = pad ? " " + line + " " : line;
        if (inTable) {
            body = body.replace("|", "\\|");
        }
        return fence + body + fence;
    }

    /**
     * @param text any text, or {@code null}
     * @return the text with each line break (and the blanks around it) made one space
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[ \\t]*(\\r\\n|\\r|\\n)[ \\t]*", " ");
    }
}
