/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

/**
 * Escapes text for XML 1.0 and HTML, in element content and in attribute
 * values alike. Whatever a model value holds, the result is well-formed text:
 * markup characters become entity references, and characters XML 1.0 cannot
 * carry (most control characters, lone surrogates, U+FFFE, U+FFFF) become
 * U+FFFD, so a value such as {@code <script>} is shown, never run.
 */
final class Xml {

    private Xml() {
    }

    /**
     * @param text any text, or {@code null} (written as nothing)
     * @return the text safe for element content and double- or single-quoted attribute values
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else if (allowed(c)) {
                    out.append(c);
                } else {
                    out.append('\uFFFD');
                }
            }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
