/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares exports with committed golden files under the test bundle's
 * {@code golden/} folder, and rewrites them on request.
 * <p>
 * A mismatch fails with a line diff ({@code -} golden, {@code +} now) and the
 * command that regenerates the files after a deliberate change:
 * {@value #REGENERATE}. The system property {@value #UPDATE_PROPERTY} (or the
 * environment variable {@code EMW_GOLDEN_UPDATE=true}, which reaches the test
 * runtime however Maven forks it) makes the tests write the files instead of
 * comparing; review the change with {@code git diff} before committing it.
 * </p>
 */
final class GoldenFiles {

    /** Set to {@code true} to rewrite the golden files. */
    static final String UPDATE_PROPERTY = "emw.golden.update";

    /** How to regenerate the files. */
    static final String REGENERATE = "./mvnw -o -q verify -pl tests/org.emworkbench.export.tests -am"
            + " -Demw.golden.update=true, then review with git diff";

    private static final int MAX_DIFF_LINES = 40;

    private GoldenFiles() {
    }

    /** @return whether golden files are rewritten rather than compared */
    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY) || "true".equalsIgnoreCase(System.getenv("EMW_GOLDEN_UPDATE"));
    }

    /**
     * @return the folder the system property {@code emw.golden} names, or else the {@code golden/} folder of
     *         the test bundle (the test runtime starts in the bundle's folder)
     */
    static Path root() {
        String configured = System.getProperty("emw.golden");
        Path root = configured != null ? Path.of(configured) : Path.of("golden");
        if (!Files.isDirectory(root) && !updating()) {
            fail("golden folder " + root.toAbsolutePath() + " not found; set -Demw.golden=FOLDER or run the tests"
                    + " from tests/org.emworkbench.export.tests");
        }
        return root;
    }

    /**
     * Compares a whole export with a folder of golden files: the same paths, the same bytes. Golden files the
     * export no longer writes count as a mismatch too.
     *
     * @param folder the golden folder of this export
     * @param files  the exported files by relative path
     */
    static void assertFolder(Path folder, Map<String, String> files) {
        if (updating()) {
            write(folder, files);
            return;
        }
        List<String> problems = new ArrayList<>();
        TreeSet<String> golden = list(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (!golden.remove(file.getKey())) {
                problems.add("missing golden file " + path);
                continue;
            }
            String expected = read(path);
            if (!expected.equals(file.getValue())) {
                problems.add(path + " differs:\n" + diff(expected, file.getValue()));
            }
        }
        golden.forEach(stale -> problems.add("golden file " + folder.resolve(stale) + " is no longer written"));
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems) + "\n\nIf the change is intended, regenerate: " + REGENERATE);
        }
    }

    private static void write(Path folder, Map<String, String> files) {
        try {
            for (String stale : list(folder)) {
                Files.delete(folder.resolve(stale));
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write golden files to " + folder.toAbsolutePath(), e);
        }
    }

    private static TreeSet<String> list(Path folder) {
        TreeSet<String> paths = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return paths;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> paths.add(folder.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.toAbsolutePath(), e);
        }
        return paths;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    /**
     * @param expected the golden text
     * @param actual   the text now
     * @return the lines that differ, from a longest common subsequence of lines, each with its line number
     */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int i = 0;
        int j = 0;
        while ((i < a.length || j < b.length) && shown < MAX_DIFF_LINES) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.append(String.format("-%5d | %s%n", i + 1, a[i]));
                i++;
                shown++;
            } else {
                out.append(String.format("+%5d | %s%n", j + 1, b[j]));
                j++;
                shown++;
            }
        }
        if (shown == MAX_DIFF_LINES) {
            out.append("(more differences not shown)\n");
        }
        return out.toString();
    }
}
