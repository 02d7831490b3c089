/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A user or group as the directory returned it: its DN and the attributes
 * asked for. Attribute names are looked up ignoring case, as LDAP compares
 * them; {@link #spelling(String)} tells how the directory itself writes a
 * name.
 *
 * @since 0.1
 */
public final class DirectoryEntry {

    /** The object classes that make an entry a group, compared ignoring case. */
    private static final List<String> GROUP_CLASSES = List.of("group", "groupOfNames", "groupOfUniqueNames");

    private final String dn;
    private final Map<String, Attribute> attributes;

    /**
     * One attribute.
     *
     * @param name   the name as the directory spells it
     * @param values the values in the order the directory returned them
     */
    public record Attribute(String name, List<String> values) {
        /** Copies the values. */
        public Attribute {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /**
     * @param dn         the distinguished name
     * @param attributes the attributes; names as the directory spells them
     */
    public DirectoryEntry(String dn, List<Attribute> attributes) {
        this.dn = Objects.requireNonNull(dn, "dn");
        Map<String, Attribute> byName = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            byName.put(attribute.name().toLowerCase(Locale.ROOT), attribute);
        }
        this.attributes = Collections.unmodifiableMap(byName);
    }

    /** @return the distinguished name */
    public String dn() {
        return dn;
    }

    /** @return the attributes, in the order the directory returned them */
    public List<Attribute> attributes() {
        return List.copyOf(attributes.values());
    }

    /**
     * @param name an attribute name in any case
     * @return its values; empty when the entry has none
     */
    public List<String> values(String name) {
        Attribute attribute = attributes.get(name.toLowerCase(Locale.ROOT));
        return attribute == null ? List.of() : attribute.values();
    }

    /**
     * @param name an attribute name in any case
     * @return its first value, or {@code null}
     */
    public String first(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * @param name an attribute name in any case
     * @return the name as the directory spells it, or {@code null} when the entry has no such attribute
     */
    public String spelling(String name) {
        Attribute attribute = attributes.get(name.toLowerCase(Locale.ROOT));
        return attribute == null ? null : attribute.name();
    }

    /** @return whether an object class marks the entry as a group */
    public boolean isGroup() {
        for (String type : values("objectClass")) {
            for (String group : GROUP_CLASSES) {
                if (type.equalsIgnoreCase(group)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the DN and the attribute names; values are left out, they may be personal data */
    @Override
    public String toString() {
        return "DirectoryEntry[" + dn + ", " + attributes.values().stream().map(Attribute::name).toList() + "]";
    }
}
