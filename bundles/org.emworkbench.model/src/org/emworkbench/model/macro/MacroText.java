/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.macro;

import java.util.List;

/**
 * A property value read as Endpoint Management macro text: literal text and
 * macros ({@code ${user.mail}}) in order, with every syntax error found.
 * Offsets are 0-based positions in {@link #text()}; a segment's end is
 * exclusive.
 *
 * @param text     the text that was read
 * @param segments literal text and macros, covering the whole text in order
 * @param errors   syntax errors, in order; empty when the text is well-formed
 * @param bareDollars offsets of {@code $} signs followed by a property-like
 *                    name but no brace ({@code $user.mail}), which the server
 *                    leaves as text
 * @since 0.1
 */
public record MacroText(String text, List<Segment> segments, List<MacroSyntaxError> errors, List<Integer> bareDollars) {

    /** Copies the lists. */
    public MacroText {
        segments = List.copyOf(segments);
        errors = List.copyOf(errors);
        bareDollars = List.copyOf(bareDollars);
    }

    /** @return the macros, in order */
    public List<Macro> macros() {
        return segments.stream().filter(Macro.class::isInstance).map(Macro.class::cast).toList();
    }

    /** @return every property reference in every macro, in order, including function arguments */
    public List<PropertyReference> properties() {
        return macros().stream().flatMap(macro -> macro.expression().properties().stream()).toList();
    }

    /** Literal text or a macro. */
    public sealed interface Segment permits Literal, Macro {
        /** @return the offset of the first character */
        int start();

        /** @return the offset after the last character */
        int end();
    }

    /**
     * Text outside macros.
     *
     * @param start offset of the first character
     * @param end   offset after the last character
     * @param text  the text
     */
    public record Literal(int start, int end, String text) implements Segment {
    }

    /**
     * One {@code ${…}} macro.
     *
     * @param start          offset of the {@code $}
     * @param end            offset after the closing brace
     * @param source         the macro as written, braces included
     * @param expression     what the macro computes; for a macro with a syntax
     *                       error, as much as could be read
     * @param blankPositions offsets of blanks inside the braces that the
     *                       canonical form leaves out
     */
    public record Macro(int start, int end, String source, Expression expression, List<Integer> blankPositions)
            implements Segment {

        /** Copies the list. */
        public Macro {
            blankPositions = List.copyOf(blankPositions);
        }

        /** @return the macro without blanks inside its braces, e.g. {@code ${user.mail}} */
        public String canonical() {
            return "${" + expression.canonical() + "}";
        }
    }
}
