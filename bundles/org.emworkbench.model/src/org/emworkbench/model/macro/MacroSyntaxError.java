/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.macro;

/**
 * A syntax error in macro text.
 *
 * @param offset  0-based position of the problem in the text
 * @param message what is wrong and what is expected, e.g. "'}' expected"
 * @since 0.1
 */
public record MacroSyntaxError(int offset, String message) {

    /** @return the 1-based column of the problem, for messages */
    public int column() {
        return offset + 1;
    }
}
