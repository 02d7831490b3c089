/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

/** A body that is not a mobilesync Autodiscover response, or one refused as hostile. */
public final class PoxFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean hostile;

    /**
     * @param message what is wrong, for people
     * @param hostile whether it was refused as an attack (a DOCTYPE), not merely unreadable
     * @param cause   the parser's exception, or {@code null}
     */
    public PoxFormatException(String message, boolean hostile, Throwable cause) {
        super(message, cause);
        this.hostile = hostile;
    }

    /** @return whether the body was refused as an attack (a DOCTYPE that could declare entities) */
    public boolean isHostile() {
        return hostile;
    }
}
