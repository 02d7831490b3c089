/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes a small UTF-8 XML 1.0 document as it is called: elements indented
 * by two spaces, text kept exactly. Whatever a string contains, the output is
 * well-formed: markup characters are escaped, line breaks and tabs in
 * attributes are written as character references (so a parser gives them
 * back), and characters XML 1.0 cannot carry at all (most control characters,
 * lone surrogates, U+FFFE, U+FFFF) become U+FFFD.
 */
public final class XmlWriter {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean lastWasText;

    /**
     * @param name an element name (not checked; callers use fixed names)
     * @return this writer, inside the new element
     */
    public XmlWriter start(String name) {
        closeStartTag();
        out.append('\n').append("  ".repeat(open.size()));
        out.append('<').append(name);
        open.push(name);
        startTagOpen = true;
        lastWasText = false;
        return this;
    }

    /**
     * @param name  an attribute name
     * @param value its value
     * @return this writer
     * @throws IllegalStateException after text or a child element
     */
    public XmlWriter attribute(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attributes belong in a start tag");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    /**
     * @param name  an attribute name
     * @param value its value
     * @return this writer
     */
    public XmlWriter attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    /**
     * @param text character data for the current element
     * @return this writer
     */
    public XmlWriter text(String text) {
        if (open.isEmpty()) {
            throw new IllegalStateException("text belongs inside an element");
        }
        closeStartTag();
        escape(text, false);
        lastWasText = true;
        return this;
    }

    /** @return this writer, after the current element */
    public XmlWriter end() {
        String name = open.pop();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            if (!lastWasText) {
                out.append('\n').append("  ".repeat(open.size()));
            }
            out.append("</").append(name).append('>');
        }
        lastWasText = false;
        return this;
    }

    /**
     * @return the document, followed by a line break
     * @throws IllegalStateException when an element is still open
     */
    public String toXml() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("element <" + open.peek() + "> is not closed");
        }
        return out + "\n";
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void escape(String text, boolean inAttribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                case '\n' -> out.append(inAttribute ? "&#10;" : "\n");
                case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
                // A parser turns a literal CR into a line feed; a reference survives.
                case '\r' -> out.append("&#13;");
                default -> out.append(isXmlChar(c) ? c : '\uFFFD');
            }
        }
    }

    /** Whether XML 1.0 allows the character on its own (surrogate pairs are handled by the caller). */
    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
