/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Objects;

import org.emworkbench.validation.RuleSeverity;

/**
 * One problem of an expansion.
 *
 * @param kind      what kind of problem
 * @param severity  how bad it is here (usually the kind's severity)
 * @param attribute the SEND_LDAP_ATTRIBUTES entry it concerns, or {@code null} for the user as a whole
 * @param message   what is wrong, one sentence
 * @param fix       what to do
 * @since 0.1
 */
public record ExpansionProblem(ProblemKind kind, RuleSeverity severity, String attribute, String message,
        String fix) {

    /** Checks the arguments. */
    public ExpansionProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /**
     * @param kind      the kind; its severity and fix apply
     * @param attribute the entry, or {@code null}
     * @param message   what is wrong
     * @return the problem
     */
    public static ExpansionProblem of(ProblemKind kind, String attribute, String message) {
        return new ExpansionProblem(kind, kind.severity(), attribute, message, kind.fix());
    }

    /** @return e.g. {@code error DIR-001 mail: ...; fix: ...} */
    @Override
    public String toString() {
        return severity.label() + " " + kind.id() + (attribute == null ? "" : " " + attribute) + ": " + message
                + "; " + fix;
    }
}
