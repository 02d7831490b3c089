/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.Locale;

/**
 * When a rule runs.
 *
 * @since 0.1
 */
public enum RuleMode {
    /** Looks only at the model; runs on every validation. */
    OFFLINE,
    /** Contacts DNS, LDAP or HTTP servers; runs only when asked for. */
    ONLINE;

    /**
     * @param label {@code offline} or {@code online}, in any case
     * @return the mode
     * @throws IllegalArgumentException for any other label
     */
    public static RuleMode fromLabel(String label) {
        for (RuleMode mode : values()) {
            if (mode.name().equalsIgnoreCase(label)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + label + "'; expected offline or online");
    }

    /** @return the lower-case name used in extensions */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
