/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model that could not be saved. When this is thrown, the file on disk is
 * exactly as it was before the save and no temporary file is left behind. The
 * message names the file, says what failed and what to do.
 *
 * @since 0.1
 */
public final class ModelSaveException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    /**
     * @param file   the file that was to be written, as the caller named it
     * @param reason what failed and what to do
     * @param cause  the underlying exception, may be {@code null}
     */
    public ModelSaveException(Path file, String reason, Throwable cause) {
        super(file + ": not saved: " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** @return the file that was to be written, as the caller named it */
    public Path getFile() {
        return file;
    }

    /** @return what failed and what to do, without the file name */
    public String getReason() {
        return reason;
    }
}
