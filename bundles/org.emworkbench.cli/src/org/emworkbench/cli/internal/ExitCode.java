/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

/** The exit codes of every {@code emw} command. */
public final class ExitCode {

    /** All is well. */
    public static final int OK = 0;
    /** Findings: the model has errors. */
    public static final int FINDINGS = 1;
    /** Unusable input: a missing or malformed file, bad arguments. */
    public static final int UNUSABLE_INPUT = 2;
    /** The environment failed: a server unreachable, a resolver silent. */
    public static final int ENVIRONMENT_FAILURE = 3;

    private ExitCode() {
    }
}
