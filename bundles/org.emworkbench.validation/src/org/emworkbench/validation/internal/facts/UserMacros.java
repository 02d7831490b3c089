/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documented user macros ({@code ${user.NAME}}) and the directory attribute
 * each reads, from the facts file {@value #FILE}:
 *
 * <pre>
 * macro,attribute,confidence,source
 * userprincipalname,userPrincipalName,V,Macros page (XenMobile 10.4)
 * loginname,-,V,Macros page: always available
 * </pre>
 *
 * {@code macro} is the name as documented (lower case); {@code attribute} is
 * the LDAP attribute the server must read for it, or {@code -} when the server
 * computes the value itself. A row of the user's file replaces the bundled row
 * for the same macro (compared ignoring case).
 */
public final class UserMacros {

    /** The name of the facts file. */
    public static final String FILE = "user-macros.csv";

    private static final List<String> COLUMNS = List.of("macro", "attribute", "confidence", "source");

    /**
     * One documented user macro.
     *
     * @param name       the documented name, e.g. {@code displayname}
     * @param attribute  the LDAP attribute it reads, e.g. {@code displayName}; {@code null} when computed
     * @param confidence how sure the fact is
     * @param source     where it comes from
     */
    public record UserMacro(String name, String attribute, Confidence confidence, String source) {
    }

    private final Map<String, UserMacro> macros;
    private final List<String> problems;

    private UserMacros(Map<String, UserMacro> macros, List<String> problems) {
        this.macros = macros;
        this.problems = problems;
    }

    /**
     * Reads the bundled facts and the user's override.
     *
     * @return the documented macros; problems of the user's file are listed, not thrown
     * @throws IllegalStateException when the bundled file is malformed
     */
    public static UserMacros load() {
        List<String> problems = new ArrayList<>();
        Map<String, UserMacro> macros = new LinkedHashMap<>();
        for (UserMacro macro : CsvFacts.rows(FILE, COLUMNS, UserMacros::parse, problems)) {
            macros.put(macro.name().toLowerCase(Locale.ROOT), macro);
        }
        return new UserMacros(Map.copyOf(macros), List.copyOf(problems));
    }

    /**
     * @param name a macro name as written, in any case
     * @return the documented macro of that name, ignoring case
     */
    public Optional<UserMacro> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(macros.get(name.toLowerCase(Locale.ROOT)));
    }

    /** @return sentences about lines of the user's file that were ignored */
    public List<String> problems() {
        return problems;
    }

    private static UserMacro parse(List<String> cells, FactsFile.Line line) {
        String name = cells.get(0);
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
            throw new IllegalArgumentException("'" + name + "' is not a macro name");
        }
        String attribute = cells.get(1);
        if (attribute.isEmpty()) {
            throw new IllegalArgumentException("the attribute is empty; write - when the server computes the value");
        }
        return new UserMacro(name, attribute.equals("-") ? null : attribute, Confidence.fromLabel(cells.get(2)),
                cells.get(3));
    }
}
