/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON (RFC 8259) as it is called, with the keys in the order they
 * are written: indented by two spaces with {@code \n} line breaks, or
 * {@linkplain #compact() compact} on one line for JSON Lines.
 * <p>
 * Strings are escaped so that the text is valid JSON and valid UTF-8 whatever
 * they contain: quotes, backslashes and control characters, plus U+2028,
 * U+2029 (which break JavaScript string literals) and lone surrogates (which
 * no encoder can write).
 * </p>
 * Misuse (a value without a name inside an object, a name in an array, closing
 * the wrong container) throws {@link IllegalStateException}.
 */
public final class JsonWriter {

    private enum Container {
        OBJECT, ARRAY
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(512);
    private final Deque<Container> open = new ArrayDeque<>();
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private final boolean compact;
    private boolean named;
    private boolean done;

    /** A writer of indented JSON. */
    public JsonWriter() {
        this(false);
    }

    private JsonWriter(boolean compact) {
        this.compact = compact;
    }

    /** @return a writer of JSON on a single line, as JSON Lines needs */
    public static JsonWriter compact() {
        return new JsonWriter(true);
    }

    /** @return this writer, inside a new object */
    public JsonWriter beginObject() {
        beforeValue(false);
        return begin(Container.OBJECT, '{');
    }

    /** @return this writer, after the object */
    public JsonWriter endObject() {
        return end(Container.OBJECT, '}');
    }

    /** @return this writer, inside a new array */
    public JsonWriter beginArray() {
        beforeValue(false);
        return begin(Container.ARRAY, '[');
    }

    /** @return this writer, after the array */
    public JsonWriter endArray() {
        return end(Container.ARRAY, ']');
    }

    /**
     * @param name the key of the next member of the current object
     * @return this writer
     */
    public JsonWriter name(String name) {
        if (open.peek() != Container.OBJECT || named) {
            throw new IllegalStateException("a name belongs directly inside an object, before its value");
        }
        separate();
        string(name);
        out.append(compact ? ":" : ": ");
        named = true;
        return this;
    }

    /**
     * @param value a string, or {@code null} for JSON {@code null}
     * @return this writer
     */
    public JsonWriter value(String value) {
        beforeValue(true);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    /** @return this writer, after a JSON {@code null} */
    public JsonWriter nullValue() {
        return value((String) null);
    }

    /**
     * @param value a number
     * @return this writer
     */
    public JsonWriter value(long value) {
        beforeValue(true);
        out.append(value);
        return this;
    }

    /**
     * @param value a boolean
     * @return this writer
     */
    public JsonWriter value(boolean value) {
        beforeValue(true);
        out.append(value);
        return this;
    }

    /**
     * @param name  a key
     * @param value its value, or {@code null}
     * @return this writer
     */
    public JsonWriter member(String name, String value) {
        return name(name).value(value);
    }

    /**
     * @param name  a key
     * @param value its value
     * @return this writer
     */
    public JsonWriter member(String name, long value) {
        return name(name).value(value);
    }

    /**
     * @param name  a key
     * @param value its value
     * @return this writer
     */
    public JsonWriter member(String name, boolean value) {
        return name(name).value(value);
    }

    /**
     * @return the document, followed by a line break
     * @throws IllegalStateException when a container is still open or nothing was written
     */
    public String toJson() {
        if (!open.isEmpty() || !done) {
            throw new IllegalStateException("the JSON document is not complete");
        }
        return out + "\n";
    }

    /**
     * @param text any string
     * @return the string as a JSON string literal, quotes included
     */
    public static String quote(String text) {
        JsonWriter writer = new JsonWriter();
        writer.string(text);
        return writer.out.toString();
    }

    private JsonWriter begin(Container container, char bracket) {
        out.append(bracket);
        open.push(container);
        empty.push(Boolean.TRUE);
        return this;
    }

    private JsonWriter end(Container container, char bracket) {
        if (open.peek() != container || named) {
            throw new IllegalStateException("cannot close " + container + " here");
        }
        open.pop();
        if (!empty.pop()) {
            newLine();
        }
        out.append(bracket);
        if (open.isEmpty()) {
            done = true;
        }
        return this;
    }

    private void beforeValue(boolean scalar) {
        if (done) {
            throw new IllegalStateException("the JSON document is already complete");
        }
        Container container = open.peek();
        if (container == Container.OBJECT) {
            if (!named) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            named = false;
        } else if (container == Container.ARRAY) {
            separate();
        } else if (out.length() > 0) {
            throw new IllegalStateException("a JSON document has one top-level value");
        }
        if (container == null && scalar) {
            // A scalar top-level value completes the document at once; a container does when it is closed.
            done = true;
        }
    }

    private void separate() {
        if (!empty.pop()) {
            out.append(',');
        }
        empty.push(Boolean.FALSE);
        newLine();
    }

    private void newLine() {
        if (compact) {
            return;
        }
        out.append('\n');
        out.append("  ".repeat(open.size()));
    }

    private void string(String text) {
        out.append('"');
        // Runs of characters that need no escape are copied in one call: most text has no escapes at all.
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (c < '\u2028' || !needsEscapeAbove(text, i))) {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> unicodeEscape(c);
            }
        }
        out.append(text, run, text.length());
        out.append('"');
    }

    /** For characters from U+2028 up: line separators and lone surrogates are escaped. */
    private static boolean needsEscapeAbove(String text, int i) {
        char c = text.charAt(i);
        return c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i);
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
