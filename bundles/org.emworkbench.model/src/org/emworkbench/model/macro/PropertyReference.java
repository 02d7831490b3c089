/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.macro;

import java.util.ArrayList;
import java.util.List;

/**
 * A property a macro reads, such as {@code user.mail}: an optional type prefix
 * ({@code user}, {@code device}, {@code custom}), the property name, an
 * optional default value in single quotes, and functions applied to the
 * result with {@code |}.
 *
 * @param start        offset of the first character
 * @param end          offset after the last character (of the last function)
 * @param prefix       the type prefix, or {@code null} when omitted
 * @param name         the property name, as written (names are case-sensitive)
 * @param nameStart    offset of the name
 * @param defaultValue the default value without quotes, or {@code null}
 * @param functions    functions applied in order
 * @since 0.1
 */
public record PropertyReference(int start, int end, String prefix, String name, int nameStart, String defaultValue,
        List<FunctionCall> functions) implements Expression {

    /** Copies the list. */
    public PropertyReference {
        functions = List.copyOf(functions);
    }

    /** @return the prefix and name as written, e.g. {@code user.mail} */
    public String qualifiedName() {
        return prefix == null ? name : prefix + "." + name;
    }

    @Override
    public List<PropertyReference> properties() {
        List<PropertyReference> all = new ArrayList<>();
        all.add(this);
        functions.forEach(function -> all.addAll(function.properties()));
        return all;
    }

    @Override
    public String canonical() {
        StringBuilder text = new StringBuilder(qualifiedName());
        if (defaultValue != null) {
            text.append(" '").append(defaultValue).append('\'');
        }
        functions.forEach(function -> text.append(" | ").append(function.canonical()));
        return text.toString();
    }
}
