/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The types of well-known client and server properties, read from the facts
 * file {@value #FILE}:
 *
 * <pre>
 * kind,key,type,min,max,values,confidence,source
 * client,INACTIVITY_TIMER,int,0,,,V,API-PDF sample; CTX228147
 * </pre>
 *
 * {@code kind} is {@code client} or {@code server}; {@code type} is
 * {@code bool}, {@code int} (with optional {@code min} and {@code max}),
 * {@code enum} (with {@code values} separated by {@code |}), {@code string} or
 * {@code any} (not checked). A row of the user's file replaces the bundled row
 * of the same kind and key; {@code any} switches a bundled check off.
 */
public final class PropertyTypes {

    /** The name of the facts file. */
    public static final String FILE = "property-types.csv";

    private static final List<String> COLUMNS = List.of("kind", "key", "type", "min", "max", "values", "confidence",
            "source");

    /** Whether a property is a client or a server property. */
    public enum Kind {
        /** A client property, keyed by {@code key}. */
        CLIENT,
        /** A server property, keyed by {@code name}. */
        SERVER
    }

    /** The type of a property's value. */
    public enum ValueType {
        /** Exactly {@code true} or {@code false}. */
        BOOL,
        /** A whole number. */
        INT,
        /** One of a list of values. */
        ENUM,
        /** Any text. */
        STRING,
        /** Not checked. */
        ANY
    }

    /**
     * What is known about one property.
     *
     * @param kind       client or server
     * @param key        the key or name, case-sensitive
     * @param type       the value's type
     * @param min        the smallest allowed integer, or {@code null}
     * @param max        the largest allowed integer, or {@code null}
     * @param values     the allowed values of an enum; empty otherwise
     * @param confidence how sure the fact is
     * @param source     where the fact comes from
     * @param origin     the line the fact was read from
     */
    public record PropertyType(Kind kind, String key, ValueType type, Long min, Long max, List<String> values,
            Confidence confidence, String source, FactsFile.Line origin) {

        /** Copies the list. */
        public PropertyType {
            values = List.copyOf(values);
        }
    }

    private final Map<String, PropertyType> types;
    private final List<String> problems;

    private PropertyTypes(Map<String, PropertyType> types, List<String> problems) {
        this.types = types;
        this.problems = problems;
    }

    /**
     * Reads the bundled facts and the user's override.
     *
     * @return the property types; problems of the user's file are listed, not thrown
     * @throws IllegalStateException when the bundled file is malformed
     */
    public static PropertyTypes load() {
        List<String> problems = new ArrayList<>();
        Map<String, PropertyType> types = new LinkedHashMap<>();
        for (PropertyType type : CsvFacts.rows(FILE, COLUMNS, PropertyTypes::parse, problems)) {
            types.put(keyOf(type.kind(), type.key()), type);
        }
        return new PropertyTypes(Collections.unmodifiableMap(types), List.copyOf(problems));
    }

    /**
     * @param kind client or server
     * @param key  a property key or name, exactly as written
     * @return what is known about it
     */
    public Optional<PropertyType> of(Kind kind, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(types.get(keyOf(kind, key)));
    }

    /** @return every known property type, bundled ones in the file's order, then the user's new ones */
    public Collection<PropertyType> all() {
        return types.values();
    }

    /** @return sentences about lines of the user's file that were ignored */
    public List<String> problems() {
        return problems;
    }

    private static String keyOf(Kind kind, String key) {
        return kind + ":" + key;
    }

    private static PropertyType parse(List<String> cells, FactsFile.Line line) {
        Kind kind = parseEnum(Kind.class, cells.get(0), "kind");
        String key = cells.get(1);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the key is empty");
        }
        ValueType type = parseEnum(ValueType.class, cells.get(2), "type");
        Long min = number(cells.get(3), "min");
        Long max = number(cells.get(4), "max");
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        List<String> values = cells.get(5).isEmpty() ? List.of()
                : Arrays.stream(cells.get(5).split("\\|")).map(String::strip).filter(value -> !value.isEmpty())
                        .toList();
        if (type == ValueType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("an enum needs its values, separated by |");
        }
        return new PropertyType(kind, key, type, min, max, values, Confidence.fromLabel(cells.get(6)), cells.get(7),
                line);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String column) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + column + " '" + text + "'; write one of "
                + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static Long number(String text, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number", e);
        }
    }
}
