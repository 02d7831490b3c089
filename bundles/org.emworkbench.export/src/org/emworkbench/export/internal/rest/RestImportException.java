/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.rest;

import java.nio.file.Path;

/**
 * A REST JSON file that cannot be imported: not JSON, or not of the shape the
 * server returns. The message reads {@code FILE:LINE:COLUMN: what is wrong};
 * line and column are 0 when not known.
 */
public final class RestImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param file   the file
     * @param line   the line, from 1, or 0
     * @param column the column, from 1, or 0
     * @param reason what is wrong and, where it helps, what to do
     */
    public RestImportException(Path file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** @return the file */
    public Path getFile() {
        return file;
    }

    /** @return the line, from 1, or 0 when not known */
    public int getLine() {
        return line;
    }

    /** @return the column, from 1, or 0 when not known */
    public int getColumn() {
        return column;
    }

    /** @return what is wrong */
    public String getReason() {
        return reason;
    }
}
