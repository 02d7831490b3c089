/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportFormats;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportResult;
import org.emworkbench.export.ExportSink;
import org.emworkbench.export.Exporter;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExporterTest {

    private static final String MANIFEST = ".emw-export";

    @TempDir
    Path folder;

    /** A format that writes the given files, then optionally fails. */
    private record Fixed(String id, Map<String, String> files, boolean failAfterwards) implements ExportFormat {

        Fixed(String id, Map<String, String> files) {
            this(id, files, false);
        }

        @Override
        public String description() {
            return "test files";
        }

        @Override
        public void export(ExportInput input, ExportSink sink) throws ExportException {
            for (Map.Entry<String, String> file : files.entrySet()) {
                sink.text(file.getKey(), file.getValue());
            }
            if (failAfterwards) {
                throw new ExportException("the test format fails on purpose");
            }
        }
    }

    private static ExportInput anyInput() {
        return new ExportInput(DeploymentFactory.eINSTANCE.createDeployment(), "test.emw", null);
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    /** @return every file below the folder, relative path to bytes as text */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void writesTheFilesAndListsThemInTheManifest() throws Exception {
        ExportResult result = new Exporter().export(anyInput(),
                List.of(new Fixed("one", files("one/b.txt", "B\n", "one/a.txt", "A\n"))), folder);
        assertEquals("A\n", Files.readString(folder.resolve("one/a.txt")));
        assertEquals("B\n", Files.readString(folder.resolve("one/b.txt")));
        assertEquals(List.of("one/a.txt", "one/b.txt"), result.files().stream().map(f -> f.path()).toList());
        String manifest = Files.readString(folder.resolve(MANIFEST));
        assertTrue(manifest.contains("one\tone/a.txt\n") && manifest.contains("one\tone/b.txt\n"), manifest);
        assertFalse(Files.exists(folder.resolve(".emw-export.staging")), "the staging folder is removed");
    }

    @Test
    void createsAMissingFolder() throws Exception {
        Path nested = folder.resolve("a/b");
        new Exporter().export(anyInput(), List.of(new Fixed("one", files("x.txt", "x"))), nested);
        assertEquals("x", Files.readString(nested.resolve("x.txt")));
    }

    @Test
    void theSameModelGivesTheSameBytesWhateverTheLocaleAndTimeZone(@TempDir Path other) throws Exception {
        ExportInput contoso = Golden.example("contoso/contoso.emw");
        new Exporter().export(contoso, ExportFormats.builtIn(), folder);
        Map<String, String> first = snapshot();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            new Exporter().export(Golden.example("contoso/contoso.emw"), ExportFormats.builtIn(), other);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        Map<String, String> second = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(other)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                second.put(other.relativize(path).toString(), Files.readString(path, StandardCharsets.ISO_8859_1));
            }
        }
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path).getBytes(StandardCharsets.ISO_8859_1),
                    second.get(path).getBytes(StandardCharsets.ISO_8859_1), path);
        }
        assertTrue(first.size() > ExportFormats.builtIn().size(), "every format wrote files: " + first.keySet());
    }

    @Test
    void exportingAgainLeavesIdenticalFilesAlone() throws Exception {
        ExportInput contoso = Golden.example("contoso/contoso.emw");
        new Exporter().export(contoso, ExportFormats.builtIn(), folder);
        Map<String, String> before = snapshot();
        ExportResult again = new Exporter().export(contoso, ExportFormats.builtIn(), folder);
        assertEquals(before, snapshot());
        assertEquals(again.files().size(), again.unchanged().size(), "nothing changed, nothing rewritten");
    }

    @Test
    void aFailingFormatLeavesThePreviousExportAndTheUsersFilesUntouched() throws Exception {
        new Exporter().export(anyInput(), List.of(new Fixed("one", files("one/a.txt", "old"))), folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot();
        ExportException failure = assertThrows(ExportException.class, () -> new Exporter().export(anyInput(),
                List.of(new Fixed("one", files("one/a.txt", "new")),
                        new Fixed("two", files("two/b.txt", "b"), true)),
                folder));
        assertTrue(failure.getMessage().contains("on purpose"), failure.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void aFormatsBugIsReportedAsAFailedExport() throws Exception {
        ExportFormat buggy = new ExportFormat() {
            @Override
            public String id() {
                return "buggy";
            }

            @Override
            public String description() {
                return "throws";
            }

            @Override
            public void export(ExportInput input, ExportSink sink) {
                throw new IllegalStateException("bug");
            }
        };
        assertThrows(ExportException.class, () -> new Exporter().export(anyInput(), List.of(buggy), folder));
        assertEquals(Map.of(), snapshot());
    }

    @ParameterizedTest
    @ValueSource(strings = { "../escape.txt", "/absolute.txt", "a\\b.txt", "a//b.txt", "a/./b.txt", ".hidden",
            "-option", "trailing.", "CON", "nul.txt", "a b.txt", "ü.txt", "" })
    void refusesPathsThatAreNotPortableOrLeaveTheFolder(String path) {
        ExportException failure = assertThrows(ExportException.class,
                () -> new Exporter().export(anyInput(), List.of(new Fixed("bad", files(path, "x"))), folder));
        assertTrue(failure.getMessage().startsWith("bad: "), failure.getMessage());
        assertFalse(Files.exists(folder.resolve("escape.txt").getParent().getParent().resolve("escape.txt")));
    }

    @Test
    void refusesTheSamePathTwiceAlsoInAnotherCase() {
        assertThrows(ExportException.class, () -> new Exporter().render(anyInput(),
                List.of(new Fixed("one", files("a.txt", "x")), new Fixed("two", files("a.txt", "y")))));
        assertThrows(ExportException.class,
                () -> new Exporter().render(anyInput(), List.of(new Fixed("one", files("A.txt", "x", "a.txt", "y")))));
        assertThrows(ExportException.class,
                () -> new Exporter().render(anyInput(), List.of(new Fixed("one", files("a", "x", "a/b", "y")))));
        assertThrows(ExportException.class,
                () -> new Exporter().render(anyInput(), List.of(new Fixed("one", files("a/b", "x", "A", "y")))));
    }

    @Test
    void removesOnlyWhatAnEarlierExportOfTheSameFormatWrote() throws Exception {
        new Exporter().export(anyInput(), List.of(new Fixed("one", files("one/a.txt", "a", "one/gone.txt", "g")),
                new Fixed("two", files("two/b.txt", "b"))), folder);
        Files.writeString(folder.resolve("one/mine.txt"), "the user's");
        ExportResult result = new Exporter().export(anyInput(), List.of(new Fixed("one", files("one/a.txt", "a2"))),
                folder);
        assertEquals(List.of("one/gone.txt"), result.removed());
        assertEquals(Map.of(".emw-export", Files.readString(folder.resolve(MANIFEST)), "one/a.txt", "a2",
                "one/mine.txt", "the user's", "two/b.txt", "b"), snapshot());
        assertTrue(Files.readString(folder.resolve(MANIFEST)).contains("two\ttwo/b.txt"),
                "the other format's files stay listed");
    }

    @Test
    void removesAFolderThatBecameEmptyButNotOneWithTheUsersFiles() throws Exception {
        new Exporter().export(anyInput(), List.of(new Fixed("one", files("one/x/a.txt", "a", "one/y/b.txt", "b"))),
                folder);
        Files.writeString(folder.resolve("one/y/mine.txt"), "mine");
        new Exporter().export(anyInput(), List.of(new Fixed("one", files("one/c.txt", "c"))), folder);
        assertFalse(Files.exists(folder.resolve("one/x")));
        assertEquals("mine", Files.readString(folder.resolve("one/y/mine.txt")));
    }

    @Test
    void neverOverwritesAFileNoExportWrote() throws Exception {
        Files.createDirectories(folder.resolve("one"));
        Files.writeString(folder.resolve("one/a.txt"), "the user's");
        ExportException failure = assertThrows(ExportException.class, () -> new Exporter().export(anyInput(),
                List.of(new Fixed("one", files("one/a.txt", "new", "one/b.txt", "b"))), folder));
        assertTrue(failure.getMessage().contains("not written by emw export"), failure.getMessage());
        assertEquals(Map.of("one/a.txt", "the user's"), snapshot());
    }

    @Test
    void adoptsAFileThatAlreadyHoldsTheSameBytes() throws Exception {
        Files.createDirectories(folder.resolve("one"));
        Files.writeString(folder.resolve("one/a.txt"), "same");
        ExportResult result = new Exporter().export(anyInput(), List.of(new Fixed("one", files("one/a.txt", "same"))),
                folder);
        assertEquals(List.of("one/a.txt"), result.unchanged());
    }

    @Test
    void aFolderInTheWayStopsTheExportBeforeAnythingIsWritten() throws Exception {
        Files.createDirectories(folder.resolve("one/a.txt"));
        assertThrows(ExportException.class, () -> new Exporter().export(anyInput(),
                List.of(new Fixed("one", files("one/0.txt", "x", "one/a.txt", "y"))), folder));
        assertFalse(Files.exists(folder.resolve("one/0.txt")));
        assertFalse(Files.exists(folder.resolve(MANIFEST)));
    }

    @Test
    void aDiskErrorWhileReplacingPutsTheEarlierFilesBack() throws Exception {
        new Exporter().export(anyInput(), List.of(new Fixed("one", files("a.txt", "old a", "z/b.txt", "old b"))),
                folder);
        Map<String, String> before = snapshot();
        // An immutable folder refuses the rename into it, even for root: a.txt is replaced first, z/b.txt fails.
        assumeTrue(run("chattr", "+i", folder.resolve("z").toString()), "chattr +i is not available here");
        try {
            assertThrows(IOException.class, () -> new Exporter().export(anyInput(),
                    List.of(new Fixed("one", files("a.txt", "new a", "z/b.txt", "new b"))), folder));
        } finally {
            run("chattr", "-i", folder.resolve("z").toString());
        }
        assertEquals(before, snapshot());
        assertFalse(Files.exists(folder.resolve(".emw-export.staging")));
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
