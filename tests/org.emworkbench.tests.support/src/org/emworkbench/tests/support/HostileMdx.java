/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.tests.support;

import static org.emworkbench.tests.support.MdxArchives.METADATA;
import static org.emworkbench.tests.support.MdxArchives.SAMPLE;
import static org.emworkbench.tests.support.MdxArchives.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Archives an {@code .mdx} importer must refuse with the default limits, each
 * otherwise a usable {@code .mdx} file (so only the hostile part can be the
 * reason). Written into a folder given by the test.
 */
public enum HostileMdx {

    /** An entry that climbs out of the folder. */
    PARENT_TRAVERSAL {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, SAMPLE), entry("../evil.sh", "echo owned"));
        }
    },
    /** An entry that climbs out further down its path. */
    NESTED_TRAVERSAL {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, SAMPLE), entry("assets/../../evil.sh", "echo owned"));
        }
    },
    /** An absolute entry name. */
    ABSOLUTE_PATH {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, SAMPLE), entry("/tmp/evil.sh", "echo owned"));
        }
    },
    /** An entry name with a Windows drive letter. */
    DRIVE_LETTER {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, SAMPLE), entry("C:/Windows/evil.bat", "echo owned"));
        }
    },
    /** An entry name with backslashes, a traversal on Windows. */
    BACKSLASH {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, SAMPLE), entry("..\\evil.bat", "echo owned"));
        }
    },
    /** Two entries named policy_metadata.xml: which one is meant cannot be told. */
    DUPLICATE_METADATA {
        @Override
        Path build(Path file) throws IOException {
            MdxArchives.write(file, entry(METADATA, SAMPLE), entry("policy_metadata.xmZ", SAMPLE));
            return MdxArchives.patch(file, "policy_metadata.xmZ", METADATA);
        }
    },
    /** A policy_metadata.xml over 8 MiB, stored with its true size. */
    METADATA_TOO_LARGE {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, paddedSample(9 * MIB)));
        }
    },
    /** A policy_metadata.xml over 8 MiB whose header claims 2 KB: only counting while inflating finds it. */
    METADATA_SIZE_LIE {
        @Override
        Path build(Path file) throws IOException {
            MdxArchives.write(file, entry(METADATA, paddedSample(9 * MIB)));
            return MdxArchives.declareSize(file, METADATA, 2048);
        }
    },
    /** A zip bomb beside a good policy_metadata.xml. */
    ZIP_BOMB {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry(METADATA, SAMPLE), entry("assets/big.bin", MdxArchives.zeros(16 * MIB)));
        }
    },
    /** A zip bomb whose header claims a harmless size. */
    ZIP_BOMB_SIZE_LIE {
        @Override
        Path build(Path file) throws IOException {
            MdxArchives.write(file, entry(METADATA, SAMPLE), entry("assets/big.bin", MdxArchives.zeros(16 * MIB)));
            return MdxArchives.declareSize(file, "assets/big.bin", 1000);
        }
    },
    /** More entries than any .mdx file needs. */
    TOO_MANY_ENTRIES {
        @Override
        Path build(Path file) throws IOException {
            List<MdxArchives.Entry> entries = new ArrayList<>();
            entries.add(entry(METADATA, SAMPLE));
            for (int i = 0; i < 10_001; i++) {
                entries.add(entry("assets/" + i, ""));
            }
            return MdxArchives.write(file, entries.toArray(MdxArchives.Entry[]::new));
        }
    },
    /** A ZIP archive without policy_metadata.xml, like an .ipa. */
    MISSING_METADATA {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry("Payload/Example.app/Info.plist", "<plist/>"));
        }
    },
    /** policy_metadata.xml, but not at the root. */
    METADATA_NOT_AT_ROOT {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.write(file, entry("app/" + METADATA, SAMPLE));
        }
    },
    /** Not a ZIP archive at all. */
    NOT_A_ZIP {
        @Override
        Path build(Path file) throws IOException {
            return Files.writeString(file, SAMPLE);
        }
    },
    /** XXE: an external entity that would read a local file into a policy title. */
    EXTERNAL_ENTITY {
        @Override
        Path build(Path file) throws IOException {
            Path secret = Files.writeString(file.resolveSibling("secret.txt"), SECRET);
            String xml = SAMPLE.replace("<PolicyMetadata>", "<!DOCTYPE PolicyMetadata [<!ENTITY leak SYSTEM \""
                    + secret.toUri() + "\">]>\n<PolicyMetadata>").replace("Exchange server</Title>", "&leak;</Title>");
            return MdxArchives.withMetadata(file, xml);
        }
    },
    /** An external DTD, fetched from a host if a parser would. */
    EXTERNAL_DTD {
        @Override
        Path build(Path file) throws IOException {
            return MdxArchives.withMetadata(file, SAMPLE.replace("<PolicyMetadata>",
                    "<!DOCTYPE PolicyMetadata SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<PolicyMetadata>"));
        }
    },
    /** Entity expansion ("billion laughs"). */
    ENTITY_EXPANSION {
        @Override
        Path build(Path file) throws IOException {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE PolicyMetadata [<!ENTITY l0 \"ha\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
            }
            dtd.append("]>\n<PolicyMetadata>");
            return MdxArchives.withMetadata(file, SAMPLE.replace("<PolicyMetadata>", dtd.toString())
                    .replace("Exchange server</Title>", "&l9;</Title>"));
        }
    };

    /** What {@link #EXTERNAL_ENTITY} tries to read; it must never show up anywhere. */
    public static final String SECRET = "TOP-SECRET-do-not-leak-7f3a";

    private static final int MIB = 1024 * 1024;

    /**
     * @param folder a folder of the test's own
     * @return the archive, named after the constant
     */
    public Path write(Path folder) throws IOException {
        Path own = Files.createDirectories(folder.resolve(name().toLowerCase()));
        return build(own.resolve("hostile.mdx"));
    }

    abstract Path build(Path file) throws IOException;

    /** The sample with prose in a comment, to a given size: big, but compressing only a few times. */
    private static byte[] paddedSample(int size) {
        byte[] sample = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] padding = MdxArchives.prose(size - sample.length - 7);
        byte[] content = new byte[size];
        System.arraycopy(sample, 0, content, 0, sample.length);
        System.arraycopy("<!--".getBytes(StandardCharsets.US_ASCII), 0, content, sample.length, 4);
        System.arraycopy(padding, 0, content, sample.length + 4, padding.length);
        System.arraycopy("-->".getBytes(StandardCharsets.US_ASCII), 0, content, size - 3, 3);
        return content;
    }
}
