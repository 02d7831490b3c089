/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The list of files {@code emw export} wrote into a folder, kept in the folder
 * as {@value #FILE_NAME}: one line per file, the format's identifier, a tab
 * and the path. An export only ever removes files this list names, so the
 * user's own files in the folder are safe. Lines that do not have this form
 * (a hand edit) are ignored, which at worst leaves a stale file behind.
 */
public final class ExportManifest {

    /** The manifest's file name in the export folder. */
    public static final String FILE_NAME = ".emw-export";

    private static final String HEADER = "# Written by emw export: the files it wrote in this folder, by format."
            + " A later export removes only files listed here.\n";

    /** Path to format, sorted by path. */
    private final Map<String, String> entries;

    private ExportManifest(Map<String, String> entries) {
        this.entries = entries;
    }

    /**
     * @param folder the export folder
     * @return the manifest there, empty when there is none
     * @throws IOException when it exists but cannot be read
     */
    public static ExportManifest read(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        String text;
        try {
            text = Files.readString(folder.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ExportManifest(entries);
        }
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("#") && tab > 0 && tab < line.length() - 1) {
                entries.put(line.substring(tab + 1), line.substring(0, tab));
            }
        }
        return new ExportManifest(entries);
    }

    /** @return a manifest listing nothing */
    public static ExportManifest empty() {
        return new ExportManifest(new TreeMap<>());
    }

    /** @return path to format identifier, sorted by path */
    public Map<String, String> entries() {
        return entries;
    }

    /**
     * @param formats the formats exported now
     * @param written path to format of the files written now
     * @return the manifest after the export: the files of other formats kept, those of these formats replaced
     */
    public ExportManifest next(Set<String> formats, Map<String, String> written) {
        Map<String, String> next = new TreeMap<>();
        entries.forEach((path, format) -> {
            if (!formats.contains(format)) {
                next.put(path, format);
            }
        });
        next.putAll(written);
        return new ExportManifest(next);
    }

    /** @return the manifest's text */
    public String text() {
        StringBuilder text = new StringBuilder(HEADER);
        entries.forEach((path, format) -> text.append(format).append('\t').append(path).append('\n'));
        return text.toString();
    }
}
