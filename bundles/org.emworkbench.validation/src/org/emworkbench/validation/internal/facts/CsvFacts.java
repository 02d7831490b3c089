/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the rows of a facts CSV file, bundled and overridden, the same way for
 * every table: the header line is optional, a malformed bundled line is a
 * packaging error, and a malformed line of the user's file is reported and
 * skipped so that the rest of the file is still used.
 */
public final class CsvFacts {

    private CsvFacts() {
    }

    /**
     * @param <T>      the type of a row
     * @param name     the facts file's name, e.g. {@code known-properties.csv}
     * @param columns  the column names, in order
     * @param parser   makes a row from the cells of a line (one per column, stripped) and the line;
     *                 throws {@link IllegalArgumentException} with a sentence when a cell is wrong
     * @param problems receives sentences about the user's folder, file and lines, each naming file and line
     * @return the bundled rows, then the user's rows; a table keyed by row lets the user's rows win
     * @throws IllegalStateException when a bundled line is malformed
     */
    public static <T> List<T> rows(String name, List<String> columns, BiFunction<List<String>, FactsFile.Line, T> parser,
            List<String> problems) {
        FactsFile.Lines lines = FactsFile.read(name);
        problems.addAll(lines.problems());
        List<T> rows = new ArrayList<>();
        for (FactsFile.Line line : lines.bundled()) {
            if (!CsvLine.isHeader(line, columns)) {
                try {
                    rows.add(parser.apply(CsvLine.cells(line, columns), line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(line.problem(e.getMessage()), e);
                }
            }
        }
        for (FactsFile.Line line : lines.override()) {
            if (!CsvLine.isHeader(line, columns)) {
                try {
                    rows.add(parser.apply(CsvLine.cells(line, columns), line));
                } catch (IllegalArgumentException e) {
                    problems.add(line.problem(e.getMessage()));
                }
            }
        }
        return rows;
    }
}
