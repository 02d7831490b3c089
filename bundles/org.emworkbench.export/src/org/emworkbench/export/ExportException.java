/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

/**
 * An export that cannot be made: the message says which object or file, and what
 * to do about it.
 */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message names the object or file and what to change */
    public ExportException(String message) {
        super(message);
    }

    /**
     * @param message names the object or file and what to change
     * @param cause   the underlying failure
     */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
