/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One facts file: data the rules rely on that Citrix does not document firmly
 * enough to be code (property types, macro names, public suffixes). The
 * bundled copy lives in the bundle's {@code facts/} folder; a user overlays it
 * with a file of the same name in the folder named by the system property
 * {@value #FOLDER_PROPERTY} or, when that is not set, the environment variable
 * {@value #FOLDER_VARIABLE}.
 * <p>
 * Lines are read as text: blank lines and lines starting with {@code #} are
 * skipped. How the lines of the override combine with the bundled ones is up
 * to the table that reads them.
 * </p>
 */
public final class FactsFile {

    /** The system property naming the folder of the user's facts files. */
    public static final String FOLDER_PROPERTY = "emw.facts";

    /** The environment variable naming that folder when the system property is not set. */
    public static final String FOLDER_VARIABLE = "EMW_FACTS";

    private FactsFile() {
    }

    /**
     * One line of content.
     *
     * @param file   where it comes from, for messages: {@code bundled facts/NAME} or the override's path
     * @param number its 1-based line number
     * @param text   the line, stripped
     */
    public record Line(String file, int number, String text) {

        /**
         * @param message what is wrong with the line
         * @return a sentence naming the file and line, saying what to do
         */
        public String problem(String message) {
            return "facts file " + file + " line " + number + ": " + message + "; correct the line or remove it";
        }
    }

    /**
     * The lines of a facts file.
     *
     * @param bundled  the lines of the copy shipped with EMW
     * @param override the lines of the user's copy; empty when there is none
     * @param problems sentences about an override folder or file that cannot be read
     */
    public record Lines(List<Line> bundled, List<Line> override, List<String> problems) {
    }

    /**
     * Reads the bundled copy and the user's override of a facts file.
     *
     * @param name the file name, e.g. {@code property-types.csv}
     * @return its lines
     * @throws IllegalStateException when the bundled copy is missing (a packaging error)
     */
    public static Lines read(String name) {
        List<Line> bundled = bundled(name);
        Path folder = overrideFolder();
        if (folder == null) {
            return new Lines(bundled, List.of(), List.of());
        }
        if (!Files.isDirectory(folder)) {
            return new Lines(bundled, List.of(), List.of("facts folder " + folder + " (named by " + FOLDER_PROPERTY
                    + " or " + FOLDER_VARIABLE + ") is not a folder; the bundled facts are used"));
        }
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return new Lines(bundled, List.of(), List.of());
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Lines(bundled, lines(file.toString(), reader), List.of());
        } catch (IOException | UncheckedIOException e) {
            return new Lines(bundled, List.of(), List.of("facts file " + file + " cannot be read (" + e.getMessage()
                    + "); the bundled facts are used"));
        }
    }

    /** @return the folder the user named, or {@code null} */
    public static Path overrideFolder() {
        String named = System.getProperty(FOLDER_PROPERTY);
        if (named == null || named.isBlank()) {
            named = System.getenv(FOLDER_VARIABLE);
        }
        return named == null || named.isBlank() ? null : Path.of(named.strip());
    }

    private static List<Line> bundled(String name) {
        try (InputStream in = FactsFile.class.getResourceAsStream("/facts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled facts file facts/" + name + " is missing");
            }
            return lines("bundled facts/" + name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled facts file facts/" + name, e);
        }
    }

    private static List<Line> lines(String file, BufferedReader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            String stripped = text.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                lines.add(new Line(file, number, stripped));
            }
        }
        return List.copyOf(lines);
    }
}
