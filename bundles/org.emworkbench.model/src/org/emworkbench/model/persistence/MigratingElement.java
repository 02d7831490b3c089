/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;

/**
 * One element of a model file as a {@link ModelMigration} sees it: its name,
 * where it is, and its attributes, which the migration may change.
 * <p>
 * Names are as written in the file: an element by its local name (the root
 * {@code deployment:Deployment} is {@code Deployment}, a server
 * {@code server}), an attribute by its qualified name ({@code fqdn},
 * {@code xsi:type}).
 *
 * @since 0.1
 */
public final class MigratingElement {

    private static final String CDATA = "CDATA";

    private final List<String> path;
    private String name;
    private final List<Attribute> attributes;
    private final UnaryOperator<String> namespaceOfPrefix;

    /** One attribute as SAX describes it; the qualified name is what EMF reads. */
    private record Attribute(String uri, String localName, String qualifiedName, String type, String value) {

        static Attribute named(String qualifiedName, String type, String value,
                UnaryOperator<String> namespaceOfPrefix) {
            int colon = qualifiedName.indexOf(':');
            String namespace = colon < 0 ? ""
                    : Objects.requireNonNullElse(namespaceOfPrefix.apply(qualifiedName.substring(0, colon)), "");
            return new Attribute(namespace, qualifiedName.substring(colon + 1), qualifiedName, type, value);
        }

        Attribute withValue(String newValue) {
            return new Attribute(uri, localName, qualifiedName, type, newValue);
        }
    }

    MigratingElement(String name, Attributes original, UnaryOperator<String> namespaceOfPrefix) {
        this.path = new ArrayList<>();
        this.name = name;
        this.namespaceOfPrefix = namespaceOfPrefix;
        this.attributes = new ArrayList<>(original.getLength());
        for (int i = 0; i < original.getLength(); i++) {
            attributes.add(new Attribute(original.getURI(i), original.getLocalName(i), original.getQName(i),
                    original.getType(i), original.getValue(i)));
        }
    }

    /**
     * @return the local names of the enclosing elements from the root down to
     *         and including this element, as the source version wrote them,
     *         e.g. {@code [Deployment, server]}
     */
    public List<String> path() {
        return List.copyOf(path);
    }

    /** @return the element's local name, e.g. {@code server} */
    public String name() {
        return name;
    }

    /** @param newName the element's local name in the target version */
    public void rename(String newName) {
        name = requireName(newName);
    }

    /**
     * @param qualifiedName e.g. {@code fqdn} or {@code xsi:type}
     * @return the attribute's value, or {@code null} when the element has no such attribute
     */
    public String attribute(String qualifiedName) {
        int index = indexOf(qualifiedName);
        return index < 0 ? null : attributes.get(index).value();
    }

    /**
     * Sets an attribute, adding it after the others when it is new.
     *
     * @param qualifiedName e.g. {@code fqdn}
     * @param value         the new value
     */
    public void setAttribute(String qualifiedName, String value) {
        Objects.requireNonNull(value, "value");
        int index = indexOf(requireName(qualifiedName));
        if (index < 0) {
            attributes.add(Attribute.named(qualifiedName, CDATA, value, namespaceOfPrefix));
        } else {
            attributes.set(index, attributes.get(index).withValue(value));
        }
    }

    /**
     * Renames an attribute, keeping its value and position. Nothing happens
     * when the element has no attribute of the old name.
     *
     * @param oldName the name in the source version
     * @param newName the name in the target version
     * @throws IllegalArgumentException when the element already has an attribute of the new name
     */
    public void renameAttribute(String oldName, String newName) {
        int index = indexOf(oldName);
        if (index < 0) {
            return;
        }
        if (indexOf(requireName(newName)) >= 0) {
            throw new IllegalArgumentException(name + " has both " + oldName + " and " + newName);
        }
        Attribute old = attributes.get(index);
        attributes.set(index, Attribute.named(newName, old.type(), old.value(), namespaceOfPrefix));
    }

    /** @param qualifiedName the attribute to drop; nothing happens when it is absent */
    public void removeAttribute(String qualifiedName) {
        int index = indexOf(qualifiedName);
        if (index >= 0) {
            attributes.remove(index);
        }
    }

    /** Called by the loader before each migration step, with the names that step sees. */
    void moveTo(List<String> pathInSourceVersion) {
        path.clear();
        path.addAll(pathInSourceVersion);
    }

    Attributes toAttributes() {
        AttributesImpl result = new AttributesImpl();
        for (Attribute attribute : attributes) {
            result.addAttribute(attribute.uri(), attribute.localName(), attribute.qualifiedName(), attribute.type(),
                    attribute.value());
        }
        return result;
    }

    private int indexOf(String qualifiedName) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).qualifiedName().equals(qualifiedName)) {
                return i;
            }
        }
        return -1;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not an XML name: '" + name + "'");
        }
        return name;
    }
}
