/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.emworkbench.model.macro.MacroParser;
import org.emworkbench.model.macro.MacroSyntaxError;
import org.emworkbench.model.macro.MacroText;
import org.emworkbench.model.macro.MacroText.Literal;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.MacroText.Segment;

/**
 * The value of the client property {@code SEND_LDAP_ATTRIBUTES}, read with the
 * model's macro parser as comma-separated {@code NAME=VALUE} entries such as
 * {@code userPrincipalName=${user.userprincipalname}, mail= ${ user.mail}}.
 * Only literal text separates: a comma or equals sign inside {@code ${…}}
 * belongs to the macro. Blanks around names and values are dropped.
 *
 * @param text    the whole value as the parser read it
 * @param entries the entries, in order
 * @since 0.1
 */
public record SendLdapAttributes(MacroText text, List<Entry> entries) {

    /** The key of the client property. */
    public static final String KEY = "SEND_LDAP_ATTRIBUTES";

    /** A piece of an entry's value. */
    public sealed interface Part permits Text, Reference {
    }

    /**
     * Literal text in a value.
     *
     * @param text the text
     */
    public record Text(String text) implements Part {
    }

    /**
     * A macro in a value.
     *
     * @param macro the macro as parsed
     */
    public record Reference(Macro macro) implements Part {
    }

    /**
     * One {@code NAME=VALUE} entry.
     *
     * @param name     the name left of {@code =}, stripped; the whole entry when it has no {@code =}
     * @param template the value as written, stripped; empty when there is no {@code =}
     * @param parts    the value's literal text and macros, in order
     * @param errors   syntax errors of macros in this entry
     */
    public record Entry(String name, String template, List<Part> parts, List<MacroSyntaxError> errors) {
        /** Copies the lists. */
        public Entry {
            Objects.requireNonNull(name, "name");
            parts = List.copyOf(parts);
            errors = List.copyOf(errors);
        }
    }

    /** Copies the list. */
    public SendLdapAttributes {
        Objects.requireNonNull(text, "text");
        entries = List.copyOf(entries);
    }

    /**
     * @param value the property's value; {@code null} reads as empty
     * @return the entries
     */
    public static SendLdapAttributes parse(String value) {
        MacroText text = MacroParser.parse(value);
        List<Entry> entries = new ArrayList<>();
        EntryReader reader = new EntryReader(text);
        for (Segment segment : text.segments()) {
            if (segment instanceof Macro macro) {
                reader.macro(macro);
                continue;
            }
            Literal literal = (Literal) segment;
            for (int i = 0; i < literal.text().length(); i++) {
                char c = literal.text().charAt(i);
                if (c == ',') {
                    reader.finish(literal.start() + i, entries);
                } else if (c == '=' && !reader.inValue) {
                    reader.inValue = true;
                } else {
                    reader.character(c);
                }
            }
        }
        reader.finish(text.text().length(), entries);
        return new SendLdapAttributes(text, entries);
    }

    /** Collects one entry at a time. */
    private static final class EntryReader {
        private final MacroText text;
        private final StringBuilder name = new StringBuilder();
        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();
        private boolean inValue;
        private int start;

        EntryReader(MacroText text) {
            this.text = text;
        }

        void character(char c) {
            (inValue ? literal : name).append(c);
        }

        void macro(Macro macro) {
            if (!inValue) {
                name.append(macro.source());
                return;
            }
            flushLiteral();
            parts.add(new Reference(macro));
        }

        private void flushLiteral() {
            if (!literal.isEmpty()) {
                parts.add(new Text(literal.toString()));
                literal.setLength(0);
            }
        }

        void finish(int end, List<Entry> entries) {
            flushLiteral();
            List<Part> stripped = strip(parts);
            String entryName = name.toString().strip();
            if (!entryName.isEmpty() || !stripped.isEmpty()) {
                int from = start;
                List<MacroSyntaxError> errors = text.errors().stream()
                        .filter(error -> error.offset() >= from && error.offset() <= end).toList();
                entries.add(new Entry(entryName, template(stripped), stripped, errors));
            }
            name.setLength(0);
            parts.clear();
            inValue = false;
            start = end + 1;
        }

        private static List<Part> strip(List<Part> parts) {
            List<Part> result = new ArrayList<>(parts);
            if (!result.isEmpty() && result.get(0) instanceof Text first) {
                result.set(0, new Text(first.text().stripLeading()));
            }
            int last = result.size() - 1;
            if (last >= 0 && result.get(last) instanceof Text end) {
                result.set(last, new Text(end.text().stripTrailing()));
            }
            result.removeIf(part -> part instanceof Text t && t.text().isEmpty());
            return result;
        }

        private static String template(List<Part> parts) {
            StringBuilder written = new StringBuilder();
            for (Part part : parts) {
                written.append(part instanceof Text t ? t.text() : ((Reference) part).macro().source());
            }
            return written.toString();
        }
    }
}
