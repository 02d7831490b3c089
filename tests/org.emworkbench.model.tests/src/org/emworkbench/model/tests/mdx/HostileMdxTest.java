/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.mdx;

import static org.emworkbench.tests.support.MdxArchives.METADATA;
import static org.emworkbench.tests.support.MdxArchives.SAMPLE;
import static org.emworkbench.tests.support.MdxArchives.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxImporter;
import org.emworkbench.model.mdx.MdxLimits;
import org.emworkbench.tests.support.HostileMdx;
import org.emworkbench.tests.support.MdxArchives;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Archives that could hurt whoever unpacks them are refused, each with its reason. */
class HostileMdxTest {

    private static final Map<HostileMdx, Reason> EXPECTED = new EnumMap<>(HostileMdx.class);

    static {
        EXPECTED.put(HostileMdx.PARENT_TRAVERSAL, Reason.UNSAFE_ENTRY_NAME);
        EXPECTED.put(HostileMdx.NESTED_TRAVERSAL, Reason.UNSAFE_ENTRY_NAME);
        EXPECTED.put(HostileMdx.ABSOLUTE_PATH, Reason.UNSAFE_ENTRY_NAME);
        EXPECTED.put(HostileMdx.DRIVE_LETTER, Reason.UNSAFE_ENTRY_NAME);
        EXPECTED.put(HostileMdx.BACKSLASH, Reason.UNSAFE_ENTRY_NAME);
        EXPECTED.put(HostileMdx.DUPLICATE_METADATA, Reason.DUPLICATE_ENTRY);
        EXPECTED.put(HostileMdx.METADATA_TOO_LARGE, Reason.ENTRY_TOO_LARGE);
        EXPECTED.put(HostileMdx.METADATA_SIZE_LIE, Reason.ENTRY_TOO_LARGE);
        EXPECTED.put(HostileMdx.ZIP_BOMB, Reason.COMPRESSION_RATIO);
        EXPECTED.put(HostileMdx.ZIP_BOMB_SIZE_LIE, Reason.COMPRESSION_RATIO);
        EXPECTED.put(HostileMdx.TOO_MANY_ENTRIES, Reason.TOO_MANY_ENTRIES);
        EXPECTED.put(HostileMdx.MISSING_METADATA, Reason.MISSING_METADATA);
        EXPECTED.put(HostileMdx.METADATA_NOT_AT_ROOT, Reason.MISSING_METADATA);
        EXPECTED.put(HostileMdx.NOT_A_ZIP, Reason.NOT_A_ZIP);
        EXPECTED.put(HostileMdx.EXTERNAL_ENTITY, Reason.DOCTYPE);
        EXPECTED.put(HostileMdx.EXTERNAL_DTD, Reason.DOCTYPE);
        EXPECTED.put(HostileMdx.ENTITY_EXPANSION, Reason.DOCTYPE);
    }

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> everyHostileArchiveIsRefusedWithItsReason() {
        assertEquals(HostileMdx.values().length, EXPECTED.size(), "every hostile kind has an expected reason");
        return Stream.of(HostileMdx.values()).map(kind -> DynamicTest.dynamicTest(kind.name(), () -> {
            Path mdx = kind.write(folder);
            List<String> before = listing(mdx.getParent());

            MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx));

            assertEquals(EXPECTED.get(kind), e.getReason(), e.getMessage());
            assertTrue(e.getMessage().startsWith(mdx + ": "), "names the file: " + e.getMessage());
            assertTrue(e.getMessage().matches("(?s).*(; |\\. )[A-Za-z].*"), "says what to do: " + e.getMessage());
            assertEquals(before, listing(mdx.getParent()), "nothing is written next to the archive");
            assertFalse(Files.exists(folder.resolve("evil.sh")), "no entry is extracted");
            assertFalse(stackTraceOf(e).contains(HostileMdx.SECRET), "an external entity is never read");
        }));
    }

    @Test
    void aSizeTheHeaderDeclaresIsRefusedBeforeInflating() throws Exception {
        MdxImportException e = assertThrows(MdxImportException.class,
                () -> MdxImporter.read(HostileMdx.METADATA_TOO_LARGE.write(folder)));

        assertTrue(e.getDetail().contains("declares"), e.getMessage());
    }

    @Test
    void aSizeTheHeaderHidesIsFoundWhileInflating() throws Exception {
        MdxImportException e = assertThrows(MdxImportException.class,
                () -> MdxImporter.read(HostileMdx.METADATA_SIZE_LIE.write(folder)));

        assertTrue(e.getDetail().contains("inflates to more than " + MdxLimits.MAX_METADATA_BYTES), e.getMessage());
    }

    @Test
    void anOtherEntryOverItsLimitIsRefused() throws Exception {
        MdxLimits limits = limits(100_000, Long.MAX_VALUE);
        Path mdx = MdxArchives.write(folder.resolve("big.mdx"), entry(METADATA, SAMPLE),
                entry("App.ipa", MdxArchives.prose(150_000)));

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx, limits));

        assertEquals(Reason.ENTRY_TOO_LARGE, e.getReason(), e.getMessage());
        assertTrue(e.getDetail().contains("'App.ipa'"), e.getMessage());
    }

    @Test
    void entriesTogetherOverTheTotalAreRefused() throws Exception {
        MdxLimits limits = limits(Long.MAX_VALUE, 250_000);
        Path mdx = MdxArchives.write(folder.resolve("total.mdx"), entry(METADATA, SAMPLE),
                entry("a.bin", MdxArchives.prose(120_000)), entry("b.bin", MdxArchives.prose(140_000)));

        assertEquals(Reason.ARCHIVE_TOO_LARGE,
                assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx, limits)).getReason());
    }

    @Test
    void entriesTogetherOverTheTotalAreFoundWhileInflatingWhenTheHeadersLie() throws Exception {
        MdxLimits limits = limits(Long.MAX_VALUE, 250_000);
        Path mdx = MdxArchives.write(folder.resolve("total.mdx"), entry(METADATA, SAMPLE),
                entry("a.bin", MdxArchives.prose(120_000)), entry("b.bin", MdxArchives.prose(140_000)));
        MdxArchives.declareSize(mdx, "a.bin", 10);
        MdxArchives.declareSize(mdx, "b.bin", 10);

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx, limits));

        assertEquals(Reason.ARCHIVE_TOO_LARGE, e.getReason());
        assertTrue(e.getDetail().contains("inflate to more than"), e.getMessage());
    }

    @Test
    void smallVeryRegularEntriesAreNotMistakenForBombs() throws Exception {
        Path mdx = MdxArchives.write(folder.resolve("regular.mdx"), entry(METADATA, SAMPLE),
                entry("blank.png", MdxArchives.zeros(500_000)));

        assertEquals(4, MdxImporter.read(mdx).policies().size());
    }

    @Test
    void anUndeclaredEntityIsMalformedAndNotResolved() throws Exception {
        Path mdx = MdxArchives.withMetadata(folder.resolve("entity.mdx"),
                SAMPLE.replace("Exchange server</Title>", "&leak;</Title>"));

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx));

        assertEquals(Reason.MALFORMED_XML, e.getReason());
        assertTrue(e.getDetail().startsWith("policy_metadata.xml line "), e.getMessage());
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        String xml = "<a>".repeat(MdxLimits.MAX_XML_DEPTH + 1) + "</a>".repeat(MdxLimits.MAX_XML_DEPTH + 1);
        Path mdx = MdxArchives.withMetadata(folder.resolve("deep.mdx"), xml);

        assertEquals(Reason.XML_TOO_COMPLEX,
                assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx)).getReason());
    }

    @Test
    void tooManyElementsAreRefused() throws Exception {
        MdxLimits few = new MdxLimits(MdxLimits.MAX_ENTRIES, MdxLimits.MAX_METADATA_BYTES, MdxLimits.MAX_ENTRY_BYTES,
                MdxLimits.MAX_TOTAL_BYTES, MdxLimits.MAX_COMPRESSION_RATIO, MdxLimits.RATIO_CHECKED_FROM_BYTES,
                MdxLimits.MAX_XML_DEPTH, 20);
        Path mdx = MdxArchives.withMetadata(folder.resolve("many.mdx"), SAMPLE);

        assertEquals(Reason.XML_TOO_COMPLEX,
                assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx, few)).getReason());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("nowhere.mdx");

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(missing));

        assertEquals(Reason.NOT_READABLE, e.getReason());
        assertTrue(e.getMessage().startsWith(missing + ": no such file"), e.getMessage());
    }

    @Test
    void damagedCompressedDataIsReportedAsADamagedArchive() throws Exception {
        Path mdx = MdxArchives.write(folder.resolve("damaged.mdx"), entry("App.ipa", MdxArchives.prose(100_000)),
                entry(METADATA, SAMPLE));
        byte[] bytes = Files.readAllBytes(mdx);
        int data = 30 + "App.ipa".length();
        Arrays.fill(bytes, data + 100, data + 400, (byte) 0xff);
        Files.write(mdx, bytes);

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx));

        assertEquals(Reason.NOT_A_ZIP, e.getReason(), e.getMessage());
        assertTrue(e.getDetail().startsWith("entry 'App.ipa' is damaged"), e.getMessage());
    }

    @Test
    void anEmptyFileIsNotAZip() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.mdx"));

        assertEquals(Reason.NOT_A_ZIP, assertThrows(MdxImportException.class, () -> MdxImporter.read(empty)).getReason());
    }

    private static MdxLimits limits(long maxEntryBytes, long maxTotalBytes) {
        return new MdxLimits(MdxLimits.MAX_ENTRIES, MdxLimits.MAX_METADATA_BYTES, maxEntryBytes, maxTotalBytes,
                MdxLimits.MAX_COMPRESSION_RATIO, MdxLimits.RATIO_CHECKED_FROM_BYTES, MdxLimits.MAX_XML_DEPTH,
                MdxLimits.MAX_XML_ELEMENTS);
    }

    private static List<String> listing(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    private static String stackTraceOf(Throwable e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        e.printStackTrace(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
