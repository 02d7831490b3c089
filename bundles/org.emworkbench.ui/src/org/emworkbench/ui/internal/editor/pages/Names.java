/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.Collection;

/** Keys for new rows that do not clash with the keys already taken. */
final class Names {

    private Names() {
    }

    /**
     * @param base  the key to use when it is free, e.g. {@code NEW_PROPERTY}
     * @param taken the keys in use
     * @return {@code base}, or {@code base} with the first free number appended
     */
    static String unique(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int number = 2;; number++) {
            String candidate = base + "_" + number;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
