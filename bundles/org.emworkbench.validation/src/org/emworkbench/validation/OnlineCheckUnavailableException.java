/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

/**
 * Thrown by an online rule when it cannot check an object because the
 * environment failed: the DNS server did not answer, the directory was down.
 * That is not a finding about the model (nothing is known to be wrong) and not
 * a bug of the rule; the engine records it as a diagnostic with the code
 * {@link RuleDiagnostic#ENVIRONMENT_FAILURE}, and {@code emw validate --online}
 * exits with 3 when nothing else is wrong.
 *
 * @since 0.1
 */
public final class OnlineCheckUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what could not be reached and what to check, in one sentence */
    public OnlineCheckUnavailableException(String message) {
        super(message);
    }
}
