/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxLimits;

/**
 * Reads {@code policy_metadata.xml} out of an {@code .mdx} archive, refusing
 * archives that could hurt whoever unpacks them. Every entry is inflated into
 * a counter (only {@code policy_metadata.xml} is kept, in memory), so sizes and
 * ratios are the real ones, not the ones the headers claim; nothing is written
 * to disk.
 */
public final class MdxArchive {

    /** The entry an {@code .mdx} file declares its policies in, at the root of the archive. */
    public static final String METADATA_ENTRY = "policy_metadata.xml";

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path file;
    private final MdxLimits limits;
    private long totalBytes;

    private MdxArchive(Path file, MdxLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /**
     * @param file   the {@code .mdx} file as the user named it
     * @param limits the limits the archive must keep
     * @return the bytes of {@code policy_metadata.xml}
     * @throws MdxImportException when the file is unreadable, not a ZIP archive,
     *                            breaks a limit, has an unsafe or duplicate
     *                            entry name, or has no {@code policy_metadata.xml}
     *                            at its root
     */
    public static byte[] readMetadata(Path file, MdxLimits limits) throws MdxImportException {
        return new MdxArchive(file, limits).read();
    }

    private byte[] read() throws MdxImportException {
        checkReadable();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> entries = listAndCheck(zip);
            byte[] metadata = null;
            for (ZipEntry entry : entries) {
                boolean isMetadata = entry.getName().equals(METADATA_ENTRY);
                byte[] content = inflate(zip, entry, isMetadata);
                if (isMetadata) {
                    metadata = content;
                }
            }
            if (metadata == null) {
                throw missingMetadata(entries);
            }
            return metadata;
        } catch (ZipException e) {
            throw new MdxImportException(file, Reason.NOT_A_ZIP, "not a readable ZIP archive (" + e.getMessage()
                    + "); an .mdx file is the ZIP archive the MDX Toolkit writes: choose that file, or fetch it again"
                    + " if it was damaged on the way", e);
        } catch (IOException e) {
            throw new MdxImportException(file, Reason.NOT_READABLE,
                    "could not be read (" + e.getMessage() + "); check the file and its permissions", e);
        }
    }

    private void checkReadable() throws MdxImportException {
        if (!Files.exists(file)) {
            throw new MdxImportException(file, Reason.NOT_READABLE,
                    "no such file; check the path (it is resolved against " + Path.of("").toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new MdxImportException(file, Reason.NOT_READABLE, "not a readable file; name an .mdx file");
        }
    }

    /** Checks what the central directory declares, before anything is inflated. */
    private List<ZipEntry> listAndCheck(ZipFile zip) throws MdxImportException {
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long declaredTotal = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            ZipEntry entry = all.nextElement();
            if (entries.size() == limits.maxEntries()) {
                throw new MdxImportException(file, Reason.TOO_MANY_ENTRIES, "has more than " + limits.maxEntries()
                        + " entries, more than any .mdx file needs; EMW refuses it as hostile. Import the .mdx file"
                        + " the MDX Toolkit wrote, not a repacked one");
            }
            String name = entry.getName();
            String unsafe = unsafeBecause(name);
            if (unsafe != null) {
                throw new MdxImportException(file, Reason.UNSAFE_ENTRY_NAME, "entry '" + printable(name) + "' "
                        + unsafe + ", so unpacking it could write outside its folder; EMW refuses such archives."
                        + " Import the .mdx file the MDX Toolkit wrote, not a repacked one");
            }
            if (!names.add(name)) {
                throw new MdxImportException(file, Reason.DUPLICATE_ENTRY, "has two entries named '" + name
                        + "', so which one is meant cannot be told; EMW refuses such archives. Import the .mdx file"
                        + " the MDX Toolkit wrote, not a repacked one");
            }
            long limit = limitOf(entry);
            if (entry.getSize() > limit) {
                throw tooLarge(entry, "declares " + entry.getSize() + " bytes");
            }
            if (entry.getSize() > 0) {
                declaredTotal += entry.getSize();
                if (declaredTotal > limits.maxTotalBytes()) {
                    throw archiveTooLarge("declare more than");
                }
                if (entry.getSize() >= limits.ratioCheckedFromBytes()
                        && entry.getSize() > limits.maxCompressionRatio() * Math.max(1, entry.getCompressedSize())) {
                    throw compressionRatio(entry);
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    /** @return why the name is unsafe, or {@code null} when it is not */
    private static String unsafeBecause(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "contains a control character";
            }
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash (ZIP names separate folders with '/'; a backslash is a folder separator"
                    + " on Windows)";
        }
        if (name.startsWith("/")) {
            return "is an absolute path";
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            return "starts with a drive letter";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "climbs out of its folder with '..'";
            }
        }
        return null;
    }

    private long limitOf(ZipEntry entry) {
        return entry.getName().equals(METADATA_ENTRY) ? limits.maxMetadataBytes() : limits.maxEntryBytes();
    }

    /**
     * Inflates one entry, counting the bytes as they come; the compressed size
     * bounds what the ZIP reader consumes, so the ratio is measured, not claimed.
     *
     * @return the content when {@code keep}, else {@code null}
     */
    private byte[] inflate(ZipFile zip, ZipEntry entry, boolean keep) throws IOException, MdxImportException {
        long limit = limitOf(entry);
        long compressed = Math.max(1, entry.getCompressedSize());
        ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
        byte[] buffer = new byte[BUFFER_SIZE];
        long count = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = read(in, buffer, entry); n != -1; n = read(in, buffer, entry)) {
                count += n;
                totalBytes += n;
                if (count >= limits.ratioCheckedFromBytes() && count > limits.maxCompressionRatio() * compressed) {
                    throw compressionRatio(entry);
                }
                if (count > limit) {
                    throw tooLarge(entry, "inflates to more than " + limit + " bytes");
                }
                if (totalBytes > limits.maxTotalBytes()) {
                    throw archiveTooLarge("inflate to more than");
                }
                if (content != null) {
                    content.write(buffer, 0, n);
                }
            }
        }
        return content == null ? null : content.toByteArray();
    }

    /** A read that fails inside an entry means damaged compressed data, not an unreadable file. */
    private int read(InputStream in, byte[] buffer, ZipEntry entry) throws MdxImportException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new MdxImportException(file, Reason.NOT_A_ZIP, "entry '" + entry.getName() + "' is damaged ("
                    + e.getMessage() + "); fetch the .mdx file again, or wrap the app again with the MDX Toolkit", e);
        }
    }

    private MdxImportException tooLarge(ZipEntry entry, String what) {
        long limit = limitOf(entry);
        String advice = entry.getName().equals(METADATA_ENTRY)
                ? "; policy files are a few hundred KB, so EMW refuses this one as hostile (limit " + limit
                        + " bytes, MdxLimits.MAX_METADATA_BYTES)"
                : "; EMW refuses entries over " + limit + " bytes (MdxLimits.MAX_ENTRY_BYTES)";
        return new MdxImportException(file, Reason.ENTRY_TOO_LARGE, "entry '" + entry.getName() + "' " + what
                + advice + ". Import the .mdx file the MDX Toolkit wrote, not a repacked one");
    }

    private MdxImportException archiveTooLarge(String verb) {
        return new MdxImportException(file, Reason.ARCHIVE_TOO_LARGE, "the entries together " + verb + " "
                + limits.maxTotalBytes() + " bytes (MdxLimits.MAX_TOTAL_BYTES); EMW refuses archives this large."
                + " Import the .mdx file the MDX Toolkit wrote, not a repacked one");
    }

    private MdxImportException compressionRatio(ZipEntry entry) {
        return new MdxImportException(file, Reason.COMPRESSION_RATIO, "entry '" + entry.getName()
                + "' inflates to more than " + limits.maxCompressionRatio() + " times its compressed size"
                + " (MdxLimits.MAX_COMPRESSION_RATIO), as zip bombs do; EMW refuses it as hostile."
                + " Import the .mdx file the MDX Toolkit wrote, not a repacked one");
    }

    private MdxImportException missingMetadata(List<ZipEntry> entries) {
        List<String> elsewhere = entries.stream().map(ZipEntry::getName)
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(METADATA_ENTRY)).toList();
        String found = elsewhere.isEmpty() ? ""
                : " (it has " + String.join(", ", elsewhere) + ", but EMW reads only the one at the root,"
                        + " named exactly " + METADATA_ENTRY + ")";
        return new MdxImportException(file, Reason.MISSING_METADATA, "has no " + METADATA_ENTRY
                + " at its root" + found + ", so it is not an .mdx file made by the MDX Toolkit; choose the wrapped"
                + " .mdx file, not the .ipa or .apk");
    }

    /** Entry names come from the archive: show them without control characters. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
