/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces a set of files in a folder so that a failure leaves the folder as
 * it was.
 * <ol>
 * <li>Every new content is first written to a staging folder inside the
 * folder ({@value #STAGING}, so that the later moves stay on one file system)
 * and forced to the disk. A full disk or an unwritable folder fails here,
 * before any file of the folder is touched.</li>
 * <li>Then each file is replaced by two renames: the old file into the staging
 * folder, the new one into its place. Each step is recorded; when one fails,
 * the steps done so far are undone in reverse order, which puts every old file
 * back.</li>
 * <li>Files whose content already is the new content are not touched at
 * all.</li>
 * </ol>
 * A crash of the process (not an exception) in step 2 can leave a mix of old
 * and new files; the old ones are then in the staging folder, which the next
 * export deletes before it starts.
 */
public final class FolderCommit {

    /** The staging folder's name inside the export folder. */
    public static final String STAGING = ".emw-export.staging";

    @FunctionalInterface
    private interface Undo {
        void run() throws IOException;
    }

    private final Path folder;
    private final Path staging;
    private final Deque<Undo> undo = new ArrayDeque<>();
    /** Set when a roll-back failed: the staging folder then holds old files and must stay. */
    private boolean keepStaging;

    private FolderCommit(Path folder) {
        this.folder = folder;
        this.staging = folder.resolve(STAGING);
    }

    /**
     * @param folder  the folder, which exists
     * @param files   relative path to new content; paths use {@code /}
     * @param removed relative paths of files to delete (those that do not exist are skipped)
     * @return the paths among {@code files} that already had this content and were left alone
     * @throws IOException when the files cannot be written; the folder is then as it was
     */
    public static List<String> apply(Path folder, Map<String, byte[]> files, List<String> removed)
            throws IOException {
        return new FolderCommit(folder).run(files, removed);
    }

    private List<String> run(Map<String, byte[]> files, List<String> removed) throws IOException {
        deleteTree(staging);
        List<String> unchanged = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        try {
            Files.createDirectories(staging.resolve("new"));
            Files.createDirectories(staging.resolve("old"));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    unchanged.add(file.getKey());
                } else {
                    writeDurably(staging.resolve("new").resolve(file.getKey()), file.getValue());
                    changed.add(file.getKey());
                }
            }
            commit(changed, removed);
        } finally {
            if (!keepStaging) {
                deleteTree(staging);
            }
        }
        forceFolder(folder);
        return unchanged;
    }

    private void commit(List<String> changed, List<String> removed) throws IOException {
        try {
            for (String path : changed) {
                Path target = folder.resolve(path);
                moveAside(path);
                createParents(target.getParent());
                move(staging.resolve("new").resolve(path), target);
                undo.push(() -> Files.deleteIfExists(target));
            }
            for (String path : removed) {
                moveAside(path);
            }
        } catch (IOException | RuntimeException e) {
            if (!rollBack(e)) {
                keepStaging = true;
                throw new IOException(e.getMessage() + "; not every earlier file could be put back: the missing ones"
                        + " are in " + staging.resolve("old"), e);
            }
            throw e;
        }
        for (String path : removed) {
            removeEmptyParents(folder.resolve(path).getParent());
        }
    }

    /** Moves an existing file into the staging folder, to be put back if a later step fails. */
    private void moveAside(String path) throws IOException {
        Path target = folder.resolve(path);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path aside = staging.resolve("old").resolve(path);
        Files.createDirectories(aside.getParent());
        move(target, aside);
        undo.push(() -> move(aside, target));
    }

    /** Creates the missing folders up to {@code parent}, each removed again on roll-back if still empty. */
    private void createParents(Path parent) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            undo.push(() -> deleteIfEmpty(p));
        }
    }

    /** @return whether every step was undone */
    private boolean rollBack(Exception failure) {
        boolean complete = true;
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
                complete = false;
            }
        }
        return complete;
    }

    private void removeEmptyParents(Path start) {
        for (Path p = start; p != null && !p.equals(folder) && p.startsWith(folder); p = p.getParent()) {
            if (!deleteIfEmpty(p)) {
                return;
            }
        }
    }

    private static boolean deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
            return true;
        } catch (IOException e) {
            // Not empty (the user's own files, or another format's) or not removable: it stays.
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Forces the folder's entries (the renames) to the disk where the platform allows opening a folder. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not possible on every platform (Windows); the renames are still done.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
