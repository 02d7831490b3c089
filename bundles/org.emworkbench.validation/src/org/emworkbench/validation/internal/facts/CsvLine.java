/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

import java.util.Arrays;
import java.util.List;

/**
 * The cells of one line of a facts CSV file: comma-separated, no quoting; the
 * last column takes the rest of the line, so a source may contain commas.
 */
final class CsvLine {

    private CsvLine() {
    }

    /**
     * @param line    a line
     * @param columns the column names, for messages
     * @return the stripped cells, one per column
     * @throws IllegalArgumentException when the line has fewer cells
     */
    static List<String> cells(FactsFile.Line line, List<String> columns) {
        String[] cells = line.text().split(",", columns.size());
        if (cells.length < columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " comma-separated columns ("
                    + String.join(",", columns) + ") but found " + cells.length);
        }
        return Arrays.stream(cells).map(String::strip).toList();
    }

    /**
     * @param line    a line
     * @param columns the column names
     * @return whether the line is the header naming the columns
     */
    static boolean isHeader(FactsFile.Line line, List<String> columns) {
        return line.text().replace(" ", "").equalsIgnoreCase(String.join(",", columns));
    }
}
