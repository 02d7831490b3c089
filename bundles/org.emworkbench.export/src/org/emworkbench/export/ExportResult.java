/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param folder    the export folder
 * @param files     every file the formats produced, sorted by path; each is in the folder now
 * @param unchanged the paths among {@code files} whose previous content was already these bytes, so they were
 *                  not touched
 * @param removed   the paths an earlier export of the same formats had written and this one no longer
 *                  produces; they were deleted
 */
public record ExportResult(Path folder, List<ExportedFile> files, List<String> unchanged, List<String> removed) {

    /** Copies the lists. */
    public ExportResult {
        files = List.copyOf(files);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }
}
