/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of {@code policy_metadata.xml} as {@link XmlTreeReader} reads it:
 * local names only (namespaces and prefixes are dropped), its own character
 * data, and the line it starts on.
 */
public final class XmlElement {

    private final String name;
    private final int line;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inPolicy;

    XmlElement(String name, int line, Map<String, String> attributes) {
        this.name = name;
        this.line = line;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** @return the local name, as written */
    public String name() {
        return name;
    }

    /** @return whether the local name is one of these, ignoring case */
    public boolean isNamed(String... names) {
        for (String candidate : names) {
            if (name.equalsIgnoreCase(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** @return the line the start tag ends on (what the parser reports) */
    public int line() {
        return line;
    }

    /** @return attributes by local name, as written */
    public Map<String, String> attributes() {
        return attributes;
    }

    /**
     * @param names local names, compared ignoring case, in order of preference
     * @return the value of the first attribute found, or {@code null}
     */
    public String attribute(String... names) {
        for (String candidate : names) {
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                if (attribute.getKey().equalsIgnoreCase(candidate)) {
                    return attribute.getValue();
                }
            }
        }
        return null;
    }

    /** @return the child elements, in document order */
    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** @return the child elements with one of these names, ignoring case, in document order */
    public List<XmlElement> children(String... names) {
        return children.stream().filter(child -> child.isNamed(names)).toList();
    }

    /** @return the element's own character data (not its children's), stripped */
    public String text() {
        return text.toString().strip();
    }

    /** @return whether the element is a policy or lies inside one */
    boolean inPolicy() {
        return inPolicy;
    }

    void markInPolicy() {
        inPolicy = true;
        children.forEach(XmlElement::markInPolicy);
    }

    void add(XmlElement child) {
        children.add(child);
    }

    void appendText(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }
}
