/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file in one step: the content goes to a new file in the same
 * folder, is forced to disk, and is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. Readers, and whatever is left after
 * a crash or a failed write, see the old file or the new one, never part of
 * one; the temporary file is removed when anything fails. New files get the
 * permissions the process's umask gives, not a temporary file's private ones.
 */
public final class AtomicFile {

    /** Writes the content; may fail part-way, which leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where the content goes; closed by the caller
         * @throws IOException when the content cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @param target  the file to create or replace; a symbolic link is followed,
     *                so the file it points to is replaced
     * @param content writes the new content
     * @throws IOException when the content or the file cannot be written; the
     *                     target is then as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = file.getParent();
        Path temporary = createSibling(folder, file.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + folder + " cannot replace files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new, empty file next to the target; {@code CREATE_NEW} so no other file is ever reused. */
    private static Path createSibling(Path folder, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}
