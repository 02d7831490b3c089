/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

/**
 * The limits an {@code .mdx} archive must keep to be imported. Sizes are
 * counted while inflating, never taken from the archive's headers; the headers
 * are only used to refuse an archive early when they already declare too much.
 *
 * <p>A real {@code .mdx} file carries the wrapped app (an {@code .ipa} or
 * {@code .apk}, often more than 100 MB), so the limits on other entries are
 * generous; {@code policy_metadata.xml}, the only entry EMW reads, is held to
 * a much smaller one.
 *
 * @param maxEntries              most entries the archive may have
 * @param maxMetadataBytes        most bytes {@code policy_metadata.xml} may inflate to
 * @param maxEntryBytes           most bytes any other entry may inflate to
 * @param maxTotalBytes           most bytes all entries together may inflate to
 * @param maxCompressionRatio     most inflated bytes per compressed byte of one entry
 * @param ratioCheckedFromBytes   the ratio is checked once an entry has inflated this far, so that
 *                                small, very regular entries are not mistaken for bombs
 * @param maxXmlDepth             deepest element nesting of {@code policy_metadata.xml}
 * @param maxXmlElements          most elements in {@code policy_metadata.xml}
 * @since 0.1
 */
public record MdxLimits(int maxEntries, long maxMetadataBytes, long maxEntryBytes, long maxTotalBytes,
        int maxCompressionRatio, long ratioCheckedFromBytes, int maxXmlDepth, int maxXmlElements) {

    private static final long MIB = 1024L * 1024L;

    /** Default most entries in an archive. */
    public static final int MAX_ENTRIES = 10_000;
    /** Default most inflated bytes of {@code policy_metadata.xml}: 8 MiB. */
    public static final long MAX_METADATA_BYTES = 8 * MIB;
    /** Default most inflated bytes of any other entry: 512 MiB. */
    public static final long MAX_ENTRY_BYTES = 512 * MIB;
    /** Default most inflated bytes of all entries together: 1 GiB. */
    public static final long MAX_TOTAL_BYTES = 1024 * MIB;
    /** Default most inflated bytes per compressed byte; zip bombs reach about 1000. */
    public static final int MAX_COMPRESSION_RATIO = 100;
    /** Default size from which the compression ratio is checked: 1 MiB. */
    public static final long RATIO_CHECKED_FROM_BYTES = MIB;
    /** Default deepest element nesting of {@code policy_metadata.xml}. */
    public static final int MAX_XML_DEPTH = 64;
    /** Default most elements in {@code policy_metadata.xml}. */
    public static final int MAX_XML_ELEMENTS = 200_000;

    /** The limits {@code emw import-mdx} and the workbench use. */
    public static final MdxLimits DEFAULT = new MdxLimits(MAX_ENTRIES, MAX_METADATA_BYTES, MAX_ENTRY_BYTES,
            MAX_TOTAL_BYTES, MAX_COMPRESSION_RATIO, RATIO_CHECKED_FROM_BYTES, MAX_XML_DEPTH, MAX_XML_ELEMENTS);

    /**
     * @throws IllegalArgumentException when a limit is not positive
     */
    public MdxLimits {
        if (maxEntries < 1 || maxMetadataBytes < 1 || maxEntryBytes < 1 || maxTotalBytes < 1
                || maxCompressionRatio < 1 || ratioCheckedFromBytes < 0 || maxXmlDepth < 1 || maxXmlElements < 1) {
            throw new IllegalArgumentException("every MDX limit must be positive");
        }
    }
}
