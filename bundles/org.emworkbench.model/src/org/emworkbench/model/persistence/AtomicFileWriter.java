/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.emf.ecore.resource.Resource.IOWrappedException;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;

/**
 * Replaces a file so that at every moment it holds either all of its previous
 * bytes or all of the new ones, and keeps the previous version beside it.
 * <ol>
 * <li>The new content is written to a hidden temporary file in the same folder
 * (so the final move stays within one file system) and forced to the disk.</li>
 * <li>If the file exists and already holds exactly these bytes, nothing else
 * happens: the file and its backup stay as they are.</li>
 * <li>A copy of the existing file, forced to the disk, atomically replaces
 * {@code NAME.bak}.</li>
 * <li>The temporary file is atomically moved over the file, and the folder is
 * forced to the disk where the operating system allows it.</li>
 * </ol>
 * Whatever fails, the file is left unchanged and the temporary files are
 * deleted. A symbolic link is followed: the file it points to is replaced and
 * the link stays.
 */
final class AtomicFileWriter {

    /** The new content of a file; it may fail at any point. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Appended to the file name for the previous version. */
    static final String BACKUP_SUFFIX = ".bak";

    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final String UNCHANGED = " (the file on disk is unchanged)";

    private AtomicFileWriter() {
    }

    /**
     * @param file    the file to write, as the user named it (used in messages)
     * @param content the new content
     * @return {@code true} when the file was written, {@code false} when it
     *         already held exactly the new bytes
     * @throws ModelSaveException when any step fails; the file is then unchanged
     */
    static boolean write(Path file, Content content) throws ModelSaveException {
        Path target = resolve(file);
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        Path temporary = null;
        Path backupCopy = null;
        try {
            try {
                temporary = createSibling(folder, name);
            } catch (IOException e) {
                throw new ModelSaveException(file, "cannot create a file in " + folder + " (" + describe(e)
                        + "); make the folder writable or save elsewhere" + UNCHANGED, e);
            }
            try {
                writeAndForce(temporary, target, content);
            } catch (IOException | RuntimeException e) {
                throw new ModelSaveException(file, describeWriteFailure(e, folder) + UNCHANGED,
                        e instanceof SerialisationFailure ? e.getCause() : e);
            }
            boolean exists = Files.exists(target);
            if (exists && holdsSameBytes(temporary, target)) {
                return false;
            }
            if (exists) {
                Path backup = folder.resolve(name + BACKUP_SUFFIX);
                try {
                    backupCopy = createSibling(folder, name + BACKUP_SUFFIX);
                    copyAndForce(target, backupCopy);
                    Files.move(backupCopy, backup, StandardCopyOption.ATOMIC_MOVE);
                    backupCopy = null;
                } catch (IOException e) {
                    throw new ModelSaveException(file, "cannot keep the previous version as " + backup + " ("
                            + describe(e) + "); remove or rename what is in the way, then save again" + UNCHANGED, e);
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                temporary = null;
            } catch (IOException e) {
                throw new ModelSaveException(file, "cannot replace the file (" + describe(e)
                        + "); check that it is writable and not locked by another program, then save again"
                        + UNCHANGED, e);
            }
            forceFolder(folder);
            return true;
        } catch (ModelSaveException e) {
            deleteQuietly(temporary, e);
            deleteQuietly(backupCopy, e);
            temporary = null;
            backupCopy = null;
            throw e;
        } finally {
            deleteQuietly(temporary, null);
            deleteQuietly(backupCopy, null);
        }
    }

    private static Path resolve(Path file) throws ModelSaveException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw new ModelSaveException(file, "it is a symbolic link to a file that cannot be reached ("
                        + describe(e) + "); repair or remove the link", e);
            }
        }
        if (Files.isDirectory(target)) {
            throw new ModelSaveException(file, "it is a folder; name a model file (*.emw)", null);
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            // a rename would replace it all the same; read-only means "do not change" to its owner
            throw new ModelSaveException(file, "the file is read-only; make it writable or save elsewhere", null);
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ModelSaveException(file, "the folder " + folder + " does not exist; create it or save elsewhere",
                    null);
        }
        return target;
    }

    /** A new hidden file beside the target; its name ends in .tmp, so it never passes for a model or a backup. */
    private static Path createSibling(Path folder, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX);
            Path sibling = folder.resolve("." + name + "." + random + TEMPORARY_SUFFIX);
            try {
                return Files.createFile(sibling);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void writeAndForce(Path temporary, Path target, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(new DiskStream(Channels.newOutputStream(channel)));
            try {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof DiskStream.Failure disk) {
                        throw disk.disk();
                    }
                }
                throw new SerialisationFailure(e);
            }
            out.flush();
            channel.force(true);
        }
        keepPermissions(target, temporary);
    }

    private static void copyAndForce(Path source, Path copy) throws IOException {
        try (FileChannel from = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel to = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            long size = from.size();
            long position = 0;
            while (position < size) {
                long copied = from.transferTo(position, size - position, to);
                if (copied <= 0) {
                    break; // the file got shorter meanwhile: the backup holds what there was
                }
                position += copied;
            }
            to.force(true);
        }
        keepPermissions(source, copy);
        try {
            Files.setLastModifiedTime(copy, Files.getLastModifiedTime(source));
        } catch (IOException e) {
            // the backup's content is what matters; its time stamp is a courtesy
        }
    }

    /**
     * The new file gets the old one's permissions (set after writing, so that a
     * read-only original does not stop the write), so a save does not widen or
     * narrow access. Best effort: where they cannot be copied (not a POSIX file
     * system, or the file belongs to someone else) the new file has the
     * permissions any new file in the folder gets.
     */
    private static void keepPermissions(Path from, Path to) {
        if (Files.exists(from)) {
            try {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            } catch (IOException | UnsupportedOperationException e) {
                // see above
            }
        }
    }

    private static boolean holdsSameBytes(Path temporary, Path target) {
        try {
            return Files.size(temporary) == Files.size(target) && Files.mismatch(temporary, target) == -1L;
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes the renames durable; Windows cannot open a folder for this, and NTFS journals renames anyway. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this operating system; the moves are still atomic
        }
    }

    private static void deleteQuietly(Path file, Exception failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static String describeWriteFailure(Exception e, Path folder) {
        if (e instanceof SerialisationFailure model) {
            return "the model cannot be written (" + describe(model.getCause()) + "); correct it, then save again";
        }
        return "cannot write in " + folder + " (" + describe(e)
                + "); make sure the disk has space and the folder is writable, then save again";
    }

    private static String describe(Throwable e) {
        Throwable reported = e instanceof IOWrappedException
                && e.getCause() != null ? e.getCause() : e;
        if (reported instanceof DanglingHREFException) {
            return "a reference points to an object that is not part of the model; add the object or remove the"
                    + " reference";
        }
        if (reported instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (reported instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        String message = reported.getMessage();
        return message == null || message.isBlank() ? reported.getClass().getSimpleName()
                : reported.getClass().getSimpleName() + ": " + message;
    }

    /** The content itself failed, not the disk: the model cannot be serialised. */
    private static final class SerialisationFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SerialisationFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Marks failures of the disk while the content is written, so that they are
     * not taken for failures of the serialiser, which may wrap them.
     */
    private static final class DiskStream extends FilterOutputStream {

        static final class Failure extends IOException {
            private static final long serialVersionUID = 1L;

            Failure(IOException cause) {
                super(cause.getMessage(), cause);
            }

            IOException disk() {
                return (IOException) getCause();
            }
        }

        DiskStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new Failure(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw new Failure(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new Failure(e);
            }
        }
    }
}
