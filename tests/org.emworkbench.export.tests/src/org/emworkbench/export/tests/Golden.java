/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportedFile;
import org.emworkbench.export.Exporter;
import org.emworkbench.export.ExportException;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.tests.support.Examples;

/**
 * Golden files: the expected output of a format for an example model, kept
 * under {@code golden/FORMAT/MODEL/} in this test bundle. A test compares byte
 * for byte; with {@code -Demw.golden.update=true} it rewrites them instead
 * (then review the change with git diff).
 */
public final class Golden {

    private Golden() {
    }

    /**
     * @param relative an example below {@code examples/}, e.g. {@code contoso/contoso.emw}
     * @return its deployment
     */
    public static ExportInput example(String relative) {
        Path file = Examples.file(relative);
        try {
            Deployment deployment = (Deployment) DeploymentFiles.load(file).getContents().get(0);
            return new ExportInput(deployment, file.getFileName().toString(), null);
        } catch (ModelLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * @param input  what to export
     * @param format the format
     * @return its files
     */
    public static List<ExportedFile> render(ExportInput input, ExportFormat format) {
        try {
            return new Exporter().render(input, List.of(format));
        } catch (ExportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Compares a format's files for a model with the golden files, or rewrites them.
     *
     * @param format the format's identifier; its files' paths start with it
     * @param model  the model's name without {@code .emw}
     * @param files  the files the format wrote
     */
    public static void check(String format, String model, List<ExportedFile> files) {
        Map<String, String> actual = new TreeMap<>();
        for (ExportedFile file : files) {
            actual.put(file.path().substring(format.length() + 1), file.text());
        }
        check(format, model, actual);
    }

    /**
     * Compares files with the golden files of a format and model, or rewrites them.
     *
     * @param format the format's identifier: the golden folder's first level
     * @param model  the model's name without {@code .emw}: the second level
     * @param actual the files, relative path to text, as they are to be found below {@code golden/FORMAT/MODEL}
     */
    public static void check(String format, String model, Map<String, String> actual) {
        Path folder = root().resolve(format).resolve(model);
        if (updating()) {
            rewrite(folder, actual);
            return;
        }
        Map<String, String> expected = read(folder);
        StringBuilder problems = new StringBuilder();
        for (String path : union(expected, actual)) {
            String want = expected.get(path);
            String got = actual.get(path);
            if (want == null) {
                problems.append("\n  new file ").append(path).append(" (no golden file)");
            } else if (got == null) {
                problems.append("\n  missing file ").append(path).append(" (the golden file exists)");
            } else if (!want.equals(got)) {
                problems.append("\n  ").append(path).append(" differs:\n").append(diff(want, got));
            }
        }
        if (problems.length() > 0) {
            fail(format + " output for " + model + " differs from " + folder + ":" + problems
                    + "\nIf the change is intended, regenerate with: ./mvnw -o -q verify -pl"
                    + " tests/org.emworkbench.export.tests -am -Demw.golden.update=true, and review git diff");
        }
    }

    /** The first differing lines, with two lines of context, in the style of a unified diff. */
    static String diff(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int first = 0;
        while (first < want.length && first < got.length && want[first].equals(got[first])) {
            first++;
        }
        StringBuilder text = new StringBuilder("    @@ line " + (first + 1) + " @@\n");
        for (int i = Math.max(0, first - 2); i < first; i++) {
            text.append("     ").append(want[i]).append('\n');
        }
        for (int i = first; i < Math.min(want.length, first + 3); i++) {
            text.append("    -").append(want[i]).append('\n');
        }
        for (int i = first; i < Math.min(got.length, first + 3); i++) {
            text.append("    +").append(got[i]).append('\n');
        }
        return text.toString();
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return List.copyOf(all.keySet());
    }

    private static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void rewrite(Path folder, Map<String, String> files) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether golden files are rewritten rather than compared */
    private static boolean updating() {
        return Boolean.getBoolean("emw.golden.update") || "true".equalsIgnoreCase(System.getenv("EMW_GOLDEN_UPDATE"));
    }

    private static Path root() {
        String configured = System.getProperty("emw.golden");
        return configured != null ? Path.of(configured) : Path.of("golden");
    }
}
