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
import java.util.StringJoiner;

/**
 * A function in a macro, such as {@code firstnotnull(device.TEL_NUMBER,device.serialNumber)},
 * either the whole expression or applied to a property with {@code |}.
 *
 * @param start     offset of the name
 * @param end       offset after the closing parenthesis (or the name, without arguments)
 * @param name      the function name
 * @param arguments property references or quoted strings ({@link Literal})
 * @since 0.1
 */
public record FunctionCall(int start, int end, String name, List<Object> arguments) implements Expression {

    /**
     * A literal argument: a quoted text or a number.
     *
     * @param value  the text between the quotes, or the number as written
     * @param quoted whether it was written in single quotes
     */
    public record Literal(String value, boolean quoted) {

        /** @return the argument as written */
        public String source() {
            return quoted ? "'" + value + "'" : value;
        }
    }

    /** Copies the list. */
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    @Override
    public List<PropertyReference> properties() {
        List<PropertyReference> all = new ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof PropertyReference property) {
                all.addAll(property.properties());
            }
        }
        return all;
    }

    @Override
    public String canonical() {
        if (arguments.isEmpty()) {
            return name;
        }
        StringJoiner joined = new StringJoiner(",", name + "(", ")");
        for (Object argument : arguments) {
            joined.add(argument instanceof PropertyReference property ? property.canonical()
                    : ((Literal) argument).source());
        }
        return joined.toString();
    }
}
