/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.emworkbench.export.internal.ExportManifest;
import org.emworkbench.export.internal.ExportPaths;
import org.emworkbench.export.internal.FolderCommit;

/**
 * Runs formats over a deployment and writes their files into a folder.
 * <ul>
 * <li><b>All or nothing.</b> Every format's files are made in memory first; a
 * format that fails, a path that breaks the rules (absolute, {@code ..}, not
 * portable, given twice) or a file in the way means nothing is written. The
 * files are then written into a staging folder and moved into place, and a
 * failure while doing so puts the previous files back (see
 * {@code docs/export.md}, "Determinism and atomicity").</li>
 * <li><b>Only its own files.</b> The folder keeps a list of the files exports
 * wrote ({@value ExportManifest#FILE_NAME}). A file a previous export of the
 * same formats wrote and this one no longer produces is removed; any other
 * file in the folder is never deleted, and a file that was not written by an
 * export is never overwritten (unless it already holds exactly the new
 * bytes).</li>
 * <li><b>Byte for byte.</b> The formats are deterministic, so the same model
 * gives the same bytes; files already holding them are not touched.</li>
 * </ul>
 */
public final class Exporter {

    /**
     * Runs the formats and collects their files, without touching the disk.
     *
     * @param input   what to export
     * @param formats the formats, each once
     * @return every file, sorted by path
     * @throws ExportException when a format fails or a path breaks the rules
     */
    public List<ExportedFile> render(ExportInput input, List<ExportFormat> formats) throws ExportException {
        ExportPaths paths = new ExportPaths();
        List<ExportedFile> files = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (ExportFormat format : formats) {
            if (!ids.add(format.id())) {
                throw new ExportException("the format " + format.id() + " is named twice");
            }
            try {
                format.export(input, (path, text) -> {
                    paths.accept(format.id(), path);
                    files.add(new ExportedFile(format.id(), path, text.toString()));
                });
            } catch (RuntimeException e) {
                // A format's bug must not escape as a half-done export; it is reported like any failure.
                throw new ExportException(format.id() + ": the format failed (" + e + "); nothing was written", e);
            }
        }
        files.sort(Comparator.comparing(ExportedFile::path));
        return files;
    }

    /**
     * Exports into a folder, creating it when needed.
     *
     * @param input   what to export
     * @param formats the formats, each once
     * @param folder  the export folder
     * @return what was written and removed
     * @throws ExportException when a format fails, a path breaks the rules or a file that no export wrote is in
     *                         the way; nothing was written
     * @throws IOException     when the folder or a file cannot be written; the folder is then as it was
     */
    public ExportResult export(ExportInput input, List<ExportFormat> formats, Path folder)
            throws ExportException, IOException {
        List<ExportedFile> files = render(input, formats);
        Files.createDirectories(folder);
        Path root = folder.toRealPath();
        ExportManifest previous = ExportManifest.read(root);

        Map<String, byte[]> contents = new TreeMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (ExportedFile file : files) {
            byte[] bytes = file.bytes();
            checkNotInTheWay(root, file.path(), bytes, previous);
            contents.put(file.path(), bytes);
            written.put(file.path(), file.format());
        }
        Set<String> exported = new LinkedHashSet<>();
        formats.forEach(format -> exported.add(format.id()));
        List<String> removed = new ArrayList<>();
        previous.entries().forEach((path, format) -> {
            if (exported.contains(format) && !written.containsKey(path)
                    && Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                removed.add(path);
            }
        });
        contents.put(ExportManifest.FILE_NAME, previous.next(exported, written).text()
                .getBytes(StandardCharsets.UTF_8));
        List<String> unchanged = new ArrayList<>(FolderCommit.apply(root, contents, removed));
        unchanged.remove(ExportManifest.FILE_NAME);
        return new ExportResult(folder, files, unchanged, removed);
    }

    /** Refuses to overwrite a folder, or a file no export wrote, unless it already holds these bytes. */
    private static void checkNotInTheWay(Path root, String path, byte[] bytes, ExportManifest previous)
            throws ExportException, IOException {
        Path parent = root;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.resolve(parts[i]);
            if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
                throw new ExportException(parent + " is in the way: the export needs a folder there for " + path
                        + "; move it away or choose another folder");
            }
        }
        Path target = root.resolve(path);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException(target + " is a folder, but the export writes a file there; move it away or"
                    + " choose another folder");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !previous.entries().containsKey(path)
                && !(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && Arrays.equals(Files.readAllBytes(target), bytes))) {
            throw new ExportException(target + " exists and was not written by emw export (it is not listed in "
                    + ExportManifest.FILE_NAME + "); move it away or choose another folder, nothing was written");
        }
    }
}
