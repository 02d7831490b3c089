/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How serious a rule's findings are.
 *
 * @since 0.1
 */
public enum RuleSeverity {
    /** The deployment will not work as intended. */
    ERROR(Diagnostic.ERROR),
    /** Likely to cause trouble; worth a look before go-live. */
    WARNING(Diagnostic.WARNING),
    /** Worth knowing, nothing to fix. */
    INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    RuleSeverity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** @return the matching {@link Diagnostic} severity constant */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** @return the lower-case name used in extensions and command-line output */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label {@code error}, {@code warning} or {@code info}, in any case
     * @return the severity
     * @throws IllegalArgumentException for any other label
     */
    public static RuleSeverity fromLabel(String label) {
        for (RuleSeverity severity : values()) {
            if (severity.label().equalsIgnoreCase(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "'; expected error, warning or info");
    }

    /**
     * @param diagnosticSeverity a {@link Diagnostic} severity constant
     * @return the label of the nearest rule severity, e.g. {@code error} for
     *         {@link Diagnostic#ERROR} and {@link Diagnostic#CANCEL}
     */
    public static String labelOf(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return ERROR.label();
        }
        return diagnosticSeverity >= Diagnostic.WARNING ? WARNING.label() : INFO.label();
    }
}
