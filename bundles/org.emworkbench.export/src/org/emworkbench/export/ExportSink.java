/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

/**
 * Receives the files of an export. Paths are relative, use {@code /} as the
 * separator and never leave the export folder.
 */
public interface ExportSink {

    /**
     * Adds a text file, written as UTF-8 without a byte order mark. Line ends are
     * written as given; formats use {@code \n}.
     *
     * @param relativePath where the file goes inside the export folder, e.g. {@code rest-json/clientproperties.json}
     * @param text         the whole content
     * @throws ExportException when the path is not acceptable (absolute, leaves the folder, or given twice)
     */
    void text(String relativePath, CharSequence text) throws ExportException;
}
