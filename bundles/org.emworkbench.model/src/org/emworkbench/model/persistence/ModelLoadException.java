/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.nio.file.Path;

/**
 * A model file that cannot be used: missing, unreadable, not well-formed, or
 * not a deployment. The message names the file and, where known, the line and
 * column, and says what to do.
 *
 * @since 0.1
 */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Line or column value meaning "not known". */
    public static final int UNKNOWN = 0;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param file   the file as the user named it
     * @param line   1-based line, or {@link #UNKNOWN}
     * @param column 1-based column, or {@link #UNKNOWN}
     * @param reason what is wrong and what to do, without the location
     * @param cause  the underlying exception, may be {@code null}
     */
    public ModelLoadException(Path file, int line, int column, String reason, Throwable cause) {
        super(location(file, line, column) + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** @return the file as the user named it */
    public Path getFile() {
        return file;
    }

    /** @return the 1-based line of the problem, or {@link #UNKNOWN} */
    public int getLine() {
        return line;
    }

    /** @return the 1-based column of the problem, or {@link #UNKNOWN} */
    public int getColumn() {
        return column;
    }

    /** @return what is wrong and what to do, without the location */
    public String getReason() {
        return reason;
    }

    private static String location(Path file, int line, int column) {
        StringBuilder location = new StringBuilder(String.valueOf(file));
        if (line > UNKNOWN) {
            location.append(':').append(line);
            if (column > UNKNOWN) {
                location.append(':').append(column);
            }
        }
        return location.toString();
    }
}
