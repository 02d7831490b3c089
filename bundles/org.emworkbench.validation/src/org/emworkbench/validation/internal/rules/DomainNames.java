/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.Locale;

/** Domain and host names as DNS compares them. */
final class DomainNames {

    private DomainNames() {
    }

    /**
     * @param name a domain or host name, possibly absolute (with a final dot)
     * @return it stripped, in lower case, without the final dot; empty for {@code null}
     */
    static String normalized(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
