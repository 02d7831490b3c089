/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An {@code .mdx} file EMW refuses to import, or an import it cannot carry
 * out. The message starts with the file as the user named it, says what is
 * wrong and what to do; {@link #getReason()} tells the kinds apart for callers
 * and tests.
 *
 * @since 0.1
 */
public final class MdxImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem stopped the import. */
    public enum Reason {
        /** The file is missing, a folder, or cannot be read. */
        NOT_READABLE,
        /** The file is not a ZIP archive, or a damaged one. */
        NOT_A_ZIP,
        /**
         * An entry name could escape a folder: {@code ..}, absolute, a drive
         * letter, a backslash, a control character.
         */
        UNSAFE_ENTRY_NAME,
        /** Two entries have the same name, so which one is meant cannot be told. */
        DUPLICATE_ENTRY,
        /** More entries than {@link MdxLimits#maxEntries()}. */
        TOO_MANY_ENTRIES,
        /** One entry inflates beyond its limit. */
        ENTRY_TOO_LARGE,
        /** All entries together inflate beyond {@link MdxLimits#maxTotalBytes()}. */
        ARCHIVE_TOO_LARGE,
        /** An entry inflates far more than data normally does: a zip bomb. */
        COMPRESSION_RATIO,
        /** There is no {@code policy_metadata.xml} at the root of the archive. */
        MISSING_METADATA,
        /** {@code policy_metadata.xml} declares a DOCTYPE (and with it, possibly, entities). */
        DOCTYPE,
        /** {@code policy_metadata.xml} is not well-formed XML. */
        MALFORMED_XML,
        /** {@code policy_metadata.xml} nests too deeply or has too many elements. */
        XML_TOO_COMPLEX,
        /** {@code policy_metadata.xml} declares no policy EMW can recognise. */
        NO_POLICIES,
        /** Neither the archive nor the caller says which platform the app is for. */
        PLATFORM_UNKNOWN,
        /** The archive says one platform and the caller another. */
        PLATFORM_CONFLICT
    }

    private final transient Path file;
    private final Reason reason;
    private final String detail;

    /**
     * @param file   the {@code .mdx} file as the user named it
     * @param reason the kind of problem
     * @param detail what is wrong and what to do, without the file name
     */
    public MdxImportException(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    /**
     * @param file   the {@code .mdx} file as the user named it
     * @param reason the kind of problem
     * @param detail what is wrong and what to do, without the file name
     * @param cause  the underlying exception, may be {@code null}
     */
    public MdxImportException(Path file, Reason reason, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
        this.reason = Objects.requireNonNull(reason);
        this.detail = detail;
    }

    /** @return the {@code .mdx} file as the user named it */
    public Path getFile() {
        return file;
    }

    /** @return the kind of problem */
    public Reason getReason() {
        return reason;
    }

    /** @return what is wrong and what to do, without the file name */
    public String getDetail() {
        return detail;
    }
}
