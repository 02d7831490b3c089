/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.emworkbench.validation.internal.facts.Confidence;
import org.emworkbench.validation.internal.facts.CsvFacts;
import org.emworkbench.validation.internal.facts.FactsFile;
import org.emworkbench.validation.internal.facts.PropertyTypes;

/**
 * The well-known Endpoint Management client and server properties, with what
 * EMW knows about each: the console's display name, the default value, a short
 * description, the value's type, and how sure each of these is. Editors offer
 * them when the user adds or edits a property.
 * <p>
 * The catalogue is data, read from the facts file {@value #FILE} (columns
 * {@code kind,key,displayName,defaultValue,description,confidence,source}),
 * joined with the types of {@code property-types.csv}. Both ship in this
 * bundle's {@code facts/} folder and can be overridden like every facts file:
 * a file of the same name in the folder named by the system property
 * {@code emw.facts} or the environment variable {@code EMW_FACTS}, whose rows
 * replace the bundled rows of the same kind and key. A property that only has
 * a type row is in the catalogue too, without a description.
 * </p>
 * <p>
 * Many facts about client properties are not documented firmly by Citrix: a
 * property whose {@linkplain KnownProperty#isUnconfirmed() row is unconfirmed}
 * must be shown as a hypothesis, never as the truth.
 * </p>
 * Instances are immutable and safe to share between threads; {@link #load()}
 * reads the files again.
 *
 * @since 0.1
 */
public final class PropertyCatalogue {

    /** The name of the facts file with the descriptions. */
    public static final String FILE = "known-properties.csv";

    private static final List<String> COLUMNS = List.of("kind", "key", "displayName", "defaultValue", "description",
            "confidence", "source");

    /** Whether a property is set on the clients or on the server. */
    public enum Kind {
        /** A client property, keyed by its {@code key}. */
        CLIENT,
        /** A server property, keyed by its {@code name}. */
        SERVER;

        private PropertyTypes.Kind facts() {
            return PropertyTypes.Kind.valueOf(name());
        }

        private static Kind of(PropertyTypes.Kind kind) {
            return valueOf(kind.name());
        }
    }

    /**
     * The type of a property's value, as the rule SSO-016 checks it.
     *
     * @param name   {@code bool}, {@code int}, {@code enum}, {@code string} or {@code any} (not checked)
     * @param min    the smallest allowed whole number, or {@code null}
     * @param max    the largest allowed whole number, or {@code null}
     * @param values the allowed values of an {@code enum}; empty otherwise
     */
    public record ValueType(String name, Long min, Long max, List<String> values) {

        /** Copies the list. */
        public ValueType {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        /** @return a short text for a completion list, e.g. {@code int ≥ 0} or {@code Low | Medium | Strong} */
        public String summary() {
            if (!values.isEmpty()) {
                return String.join(" | ", values);
            }
            String range = (min == null ? "" : " ≥ " + min) + (max == null ? "" : " ≤ " + max);
            return name + range;
        }
    }

    /**
     * One well-known property.
     *
     * @param kind         client or server
     * @param key          the client property's key or the server property's name, case-sensitive
     * @param displayName  the name the console shows; empty when no source gives one
     * @param defaultValue the value the server assumes; empty when no source gives one
     * @param description  what the property does; may be empty
     * @param confidence   how sure the weakest fact of the row is: {@code V} verified in the source,
     *                     {@code V-partial}, {@code I} inferred, {@code U} unconfirmed
     * @param source       where the facts come from, and which of them are unconfirmed
     * @param type         the type of the value, or {@code null} when it is not known
     */
    public record KnownProperty(Kind kind, String key, String displayName, String defaultValue, String description,
            String confidence, String source, ValueType type) {

        /** Checks the kind and key; turns a missing text into an empty one. */
        public KnownProperty {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            displayName = Objects.requireNonNullElse(displayName, "");
            defaultValue = Objects.requireNonNullElse(defaultValue, "");
            description = Objects.requireNonNullElse(description, "");
            confidence = Objects.requireNonNullElse(confidence, Confidence.UNCONFIRMED.label());
            source = Objects.requireNonNullElse(source, "");
        }

        /** @return whether the row rests on an unconfirmed fact, which the user should check */
        public boolean isUnconfirmed() {
            return Confidence.fromLabel(confidence).isDoubtful();
        }
    }

    private final Map<String, KnownProperty> properties;
    private final List<String> problems;

    private PropertyCatalogue(Map<String, KnownProperty> properties, List<String> problems) {
        this.properties = properties;
        this.problems = problems;
    }

    /**
     * Reads the bundled facts and the user's overrides.
     *
     * @return the catalogue; lines of the user's files that cannot be read are listed in {@link #problems()}
     * @throws IllegalStateException when a bundled facts file is missing or malformed (a packaging error)
     */
    public static PropertyCatalogue load() {
        List<String> problems = new ArrayList<>();
        PropertyTypes types = PropertyTypes.load();
        Map<String, KnownProperty> properties = new LinkedHashMap<>();
        for (KnownProperty row : CsvFacts.rows(FILE, COLUMNS, PropertyCatalogue::parse, problems)) {
            ValueType type = types.of(row.kind().facts(), row.key()).map(PropertyCatalogue::valueType).orElse(null);
            properties.put(keyOf(row.kind(), row.key()), new KnownProperty(row.kind(), row.key(), row.displayName(),
                    row.defaultValue(), row.description(), row.confidence(), row.source(), type));
        }
        for (PropertyTypes.PropertyType type : types.all()) {
            properties.putIfAbsent(keyOf(Kind.of(type.kind()), type.key()), new KnownProperty(Kind.of(type.kind()),
                    type.key(), "", "", "", type.confidence().label(), type.source(), valueType(type)));
        }
        problems.addAll(types.problems());
        return new PropertyCatalogue(Collections.unmodifiableMap(properties), List.copyOf(problems));
    }

    /** @return the well-known client properties, in the order of the facts files */
    public List<KnownProperty> client() {
        return ofKind(Kind.CLIENT);
    }

    /** @return the well-known server properties, in the order of the facts files */
    public List<KnownProperty> server() {
        return ofKind(Kind.SERVER);
    }

    /**
     * @param kind client or server
     * @param key  a key or name, exactly as written (keys are case-sensitive)
     * @return what is known about it
     */
    public Optional<KnownProperty> find(Kind kind, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(properties.get(keyOf(kind, key)));
    }

    /**
     * @return sentences about the user's facts folder and about lines of the user's
     *         {@value #FILE} or {@code property-types.csv} that were ignored, each naming the file and line
     */
    public List<String> problems() {
        return problems;
    }

    private List<KnownProperty> ofKind(Kind kind) {
        return properties.values().stream().filter(property -> property.kind() == kind).toList();
    }

    private static String keyOf(Kind kind, String key) {
        return kind + ":" + key;
    }

    private static ValueType valueType(PropertyTypes.PropertyType type) {
        return new ValueType(type.type().name().toLowerCase(Locale.ROOT), type.min(), type.max(), type.values());
    }

    private static KnownProperty parse(List<String> cells, FactsFile.Line line) {
        Kind kind = switch (cells.get(0).toLowerCase(Locale.ROOT)) {
            case "client" -> Kind.CLIENT;
            case "server" -> Kind.SERVER;
            default -> throw new IllegalArgumentException("unknown kind '" + cells.get(0) + "'; write client or server");
        };
        String key = cells.get(1);
        if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + key + "' is not a property key");
        }
        String confidence = Confidence.fromLabel(cells.get(5)).label();
        return new KnownProperty(kind, key, cells.get(2), cells.get(3), cells.get(4), confidence, cells.get(6), null);
    }
}
