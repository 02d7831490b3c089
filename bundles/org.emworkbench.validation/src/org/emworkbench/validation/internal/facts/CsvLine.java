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

/**
 * The cells of one line of a facts CSV file: comma-separated. A cell other than
 * the last may be put in double quotes to hold commas ({@code ""} is one quote
 * inside them); the last column takes the rest of the line as it is, so a
 * source may contain commas without quotes.
 */
final class CsvLine {

    private CsvLine() {
    }

    /**
     * @param line    a line
     * @param columns the column names, for messages
     * @return the stripped cells, one per column
     * @throws IllegalArgumentException when the line has fewer cells, or a quote is not closed
     */
    static List<String> cells(FactsFile.Line line, List<String> columns) {
        String text = line.text();
        List<String> cells = new ArrayList<>(columns.size());
        int position = 0;
        while (cells.size() < columns.size() - 1 && position <= text.length()) {
            int start = skipBlanks(text, position);
            if (start < text.length() && text.charAt(start) == '"') {
                position = quoted(text, start, cells);
            } else {
                int comma = text.indexOf(',', position);
                int end = comma < 0 ? text.length() : comma;
                cells.add(text.substring(position, end).strip());
                position = end + 1;
            }
        }
        if (position <= text.length()) {
            cells.add(text.substring(position).strip());
        }
        if (cells.size() < columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " comma-separated columns ("
                    + String.join(",", columns) + ") but found " + cells.size());
        }
        return List.copyOf(cells);
    }

    /**
     * @param line    a line
     * @param columns the column names
     * @return whether the line is the header naming the columns
     */
    static boolean isHeader(FactsFile.Line line, List<String> columns) {
        return line.text().replace(" ", "").equalsIgnoreCase(String.join(",", columns));
    }

    /** Reads the quoted cell starting at {@code start}; returns the position after its comma. */
    private static int quoted(String text, int start, List<String> cells) {
        StringBuilder cell = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= text.length()) {
                throw new IllegalArgumentException("the quote opened at column " + (start + 1) + " is not closed");
            }
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
            } else if (c == '"') {
                break;
            } else {
                cell.append(c);
                i++;
            }
        }
        int after = skipBlanks(text, i + 1);
        if (after < text.length() && text.charAt(after) != ',') {
            throw new IllegalArgumentException("text after the quoted cell at column " + (start + 1)
                    + "; put a comma after the closing quote");
        }
        cells.add(cell.toString().strip());
        return after + 1;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
