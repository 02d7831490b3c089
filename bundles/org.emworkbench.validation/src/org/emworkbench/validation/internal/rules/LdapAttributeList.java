/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.emworkbench.model.macro.MacroParser;
import org.emworkbench.model.macro.MacroText;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.PropertyReference;

/**
 * The value of the client property {@code SEND_LDAP_ATTRIBUTES} read as
 * comma-separated {@code NAME=VALUE} entries, such as
 * {@code userPrincipalName=${user.userprincipalname},mail=${user.mail}}.
 * Commas and equals signs inside macros do not separate anything; blanks
 * around names and values are ignored.
 *
 * @param text    the value read as macro text
 * @param entries the entries in order; an entry without {@code =} has an empty value
 */
record LdapAttributeList(MacroText text, List<Entry> entries) {

    /** The key of the client property. */
    static final String KEY = "SEND_LDAP_ATTRIBUTES";

    /**
     * One {@code NAME=VALUE} entry.
     *
     * @param name   the attribute name on the left, stripped
     * @param value  the text on the right, stripped
     * @param macros the macros on the right
     */
    record Entry(String name, String value, List<Macro> macros) {

        /**
         * @return the property the value consists of, when the value is
         *         exactly one macro reading one property without functions;
         *         {@code null} otherwise
         */
        PropertyReference onlyProperty() {
            if (macros.size() != 1 || !macros.get(0).source().strip().equals(value)
                    || !(macros.get(0).expression() instanceof PropertyReference property)
                    || !property.functions().isEmpty()) {
                return null;
            }
            return property;
        }
    }

    /** Copies the list. */
    LdapAttributeList {
        entries = List.copyOf(entries);
    }

    /**
     * @param value the property value; {@code null} reads as empty
     * @return its entries
     */
    static LdapAttributeList parse(String value) {
        MacroText text = MacroParser.parse(value);
        String source = text.text();
        boolean[] inMacro = new boolean[source.length()];
        for (Macro macro : text.macros()) {
            for (int i = macro.start(); i < macro.end(); i++) {
                inMacro[i] = true;
            }
        }
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= source.length(); i++) {
            if (i == source.length() || (source.charAt(i) == ',' && !inMacro[i])) {
                if (!source.substring(start, i).isBlank()) {
                    entries.add(entry(text, inMacro, start, i));
                }
                start = i + 1;
            }
        }
        return new LdapAttributeList(text, entries);
    }

    private static Entry entry(MacroText text, boolean[] inMacro, int start, int end) {
        String source = text.text();
        int equals = -1;
        for (int i = start; i < end && equals < 0; i++) {
            if (source.charAt(i) == '=' && !inMacro[i]) {
                equals = i;
            }
        }
        if (equals < 0) {
            return new Entry(source.substring(start, end).strip(), "", List.of());
        }
        int valueStart = equals + 1;
        List<Macro> macros = text.macros().stream()
                .filter(macro -> macro.start() >= valueStart && macro.end() <= end).toList();
        return new Entry(source.substring(start, equals).strip(), source.substring(valueStart, end).strip(), macros);
    }
}
