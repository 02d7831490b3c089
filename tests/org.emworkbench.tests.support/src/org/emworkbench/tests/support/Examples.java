/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the repository's example models. The build names the {@code examples/}
 * folder in the system property {@code emw.examples}; without it, the folder is
 * looked for relative to the test bundle's project folder.
 */
public final class Examples {

    private Examples() {
    }

    /**
     * @param relative a path below {@code examples/}, e.g. {@code contoso/contoso.emw}
     * @return the example file
     * @throws IllegalStateException when it does not exist
     */
    public static Path file(String relative) {
        Path file = folder().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("example " + file.toAbsolutePath() + " not found; set -Demw.examples");
        }
        return file;
    }

    /**
     * @return every model file ({@code *.emw}) below {@code examples/}, sorted
     * @throws IllegalStateException when the folder cannot be read
     */
    public static List<Path> all() {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(file -> file.toString().endsWith(".emw")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder().toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Path folder() {
        String configured = System.getProperty("emw.examples");
        return configured != null ? Path.of(configured) : Path.of("../../examples");
    }
}
