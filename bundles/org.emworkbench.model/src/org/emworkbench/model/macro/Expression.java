/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.macro;

import java.util.List;

/**
 * What a macro computes: a property reference (with an optional default value
 * and functions applied through {@code |}) or a function call.
 *
 * @since 0.1
 */
public sealed interface Expression permits PropertyReference, FunctionCall, Expression.Missing {

    /** @return every property reference in the expression, arguments included */
    List<PropertyReference> properties();

    /** @return the expression written without optional blanks */
    String canonical();

    /**
     * Stands for an expression that could not be read because of a syntax
     * error.
     *
     * @param start offset where an expression was expected
     */
    record Missing(int start) implements Expression {
        @Override
        public List<PropertyReference> properties() {
            return List.of();
        }

        @Override
        public String canonical() {
            return "";
        }
    }
}
