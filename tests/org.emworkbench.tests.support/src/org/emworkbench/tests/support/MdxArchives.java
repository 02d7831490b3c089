/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.tests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds {@code .mdx} archives for tests with {@code java.util.zip}: a
 * synthetic {@code policy_metadata.xml} (real ones are not public), and the
 * means to make archives that lie or hurt.
 */
public final class MdxArchives {

    /** The entry an {@code .mdx} file declares its policies in. */
    public static final String METADATA = "policy_metadata.xml";

    /**
     * A synthetic {@code policy_metadata.xml}, made up for EMW's tests (not a
     * Citrix file): app facts, two categories in two notations, and four
     * policies, two of them enumerated in two notations.
     */
    public static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Synthetic test data made for EMW; not a Citrix file. -->
            <PolicyMetadata>
              <AppName>Example Mail</AppName>
              <PackageId>org.example.mail</PackageId>
              <AppVersion>2.4.1</AppVersion>
              <Platform>ios</Platform>
              <Categories>
                <Category>
                  <CategoryId>auth</CategoryId>
                  <Title res_id="CATEGORY_AUTH">Authentication</Title>
                </Category>
                <Category CategoryId="mail">Mail settings</Category>
              </Categories>
              <Policies>
                <Policy>
                  <PolicyName>InitialAuthMechanism</PolicyName>
                  <PolicyType>enum</PolicyType>
                  <PolicyCategory>auth</PolicyCategory>
                  <PolicyDefault>server</PolicyDefault>
                  <Title res_id="POLICY_INITIAL_AUTH_MECHANISM">Initial authentication mechanism</Title>
                  <Description res_id="POLICY_INITIAL_AUTH_MECHANISM_DESC">How the account is first identified.</Description>
                  <PolicyEnum>
                    <PolicyEnumValue>
                      <PolicyEnumValueId>server</PolicyEnumValueId>
                      <PolicyEnumValueDescription res_id="V_SERVER">Server address from Secure Hub</PolicyEnumValueDescription>
                    </PolicyEnumValue>
                    <PolicyEnumValue>
                      <PolicyEnumValueId>email</PolicyEnumValueId>
                      <PolicyEnumValueDescription res_id="V_EMAIL">User email address</PolicyEnumValueDescription>
                    </PolicyEnumValue>
                  </PolicyEnum>
                </Policy>
                <Policy>
                  <PolicyName>InitialAuthCredentials</PolicyName>
                  <PolicyType>enum</PolicyType>
                  <PolicyCategory>auth</PolicyCategory>
                  <PolicyDefault>upn</PolicyDefault>
                  <Title res_id="POLICY_INITIAL_AUTH_CREDENTIALS">Initial authentication credentials</Title>
                  <Description res_id="POLICY_INITIAL_AUTH_CREDENTIALS_DESC">Which user name is sent to Exchange.</Description>
                  <Options>
                    <Option value="upn">userPrincipalName</Option>
                    <Option value="sam">sAMAccountName</Option>
                  </Options>
                </Policy>
                <Policy>
                  <PolicyName>ExchangeServer</PolicyName>
                  <PolicyType>string</PolicyType>
                  <PolicyCategory>mail</PolicyCategory>
                  <PolicyDefault/>
                  <Title res_id="POLICY_EXCHANGE_SERVER">Exchange server</Title>
                  <Description res_id="POLICY_EXCHANGE_SERVER_DESC">A fixed ActiveSync server; empty to use autodiscovery.</Description>
                </Policy>
                <Policy>
                  <PolicyName>OnlineSessionRequired</PolicyName>
                  <PolicyType>boolean</PolicyType>
                  <PolicyCategory>auth</PolicyCategory>
                  <PolicyDefault>false</PolicyDefault>
                  <Title res_id="POLICY_ONLINE_SESSION">Online session required</Title>
                  <Description res_id="POLICY_ONLINE_SESSION_DESC">If on, the user must be online to open the app.</Description>
                </Policy>
              </Policies>
            </PolicyMetadata>
            """;

    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int CENTRAL_HEADER_SIZE = 46;

    private MdxArchives() {
    }

    /** One entry of an archive to write. */
    public record Entry(String name, byte[] content, boolean stored) {
    }

    /** @return a deflated entry */
    public static Entry entry(String name, byte[] content) {
        return new Entry(name, content, false);
    }

    /** @return a deflated entry with UTF-8 text */
    public static Entry entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return an entry written without compression */
    public static Entry stored(String name, byte[] content) {
        return new Entry(name, content, true);
    }

    /**
     * @param file    where to write the archive
     * @param entries its entries, in order; names are written as given, unsafe or not
     * @return the file
     */
    public static Path write(Path file, Entry... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                if (entry.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.content());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.content().length);
                    zipEntry.setCompressedSize(entry.content().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.content());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** @return an archive with only this {@code policy_metadata.xml} */
    public static Path withMetadata(Path file, String xml) throws IOException {
        return write(file, entry(METADATA, xml));
    }

    /**
     * Replaces every occurrence of some bytes by others of the same length,
     * e.g. to give two entries the same name, which {@code ZipOutputStream}
     * refuses to write.
     */
    public static Path patch(Path file, String from, String to) throws IOException {
        byte[] search = from.getBytes(StandardCharsets.UTF_8);
        byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
        if (search.length != replacement.length) {
            throw new IllegalArgumentException("a patch keeps the length");
        }
        byte[] bytes = Files.readAllBytes(file);
        int found = 0;
        for (int i = 0; i + search.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + search.length, search, 0, search.length)) {
                System.arraycopy(replacement, 0, bytes, i, replacement.length);
                found++;
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException("'" + from + "' is not in " + file);
        }
        Files.write(file, bytes);
        return file;
    }

    /**
     * Makes the central directory declare another inflated size for an entry,
     * as a hostile archive would, leaving its data as it is.
     */
    public static Path declareSize(Path file, String entryName, int declaredSize) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + CENTRAL_HEADER_SIZE <= bytes.length; i++) {
            if (buffer.getInt(i) == CENTRAL_HEADER && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(bytes, i + CENTRAL_HEADER_SIZE, i + CENTRAL_HEADER_SIZE + name.length, name, 0,
                            name.length)) {
                buffer.putInt(i + 24, declaredSize);
                Files.write(file, bytes);
                return file;
            }
        }
        throw new IllegalArgumentException("no central directory entry '" + entryName + "' in " + file);
    }

    /** @return text that compresses like prose (a few times, far from a zip bomb), always the same */
    public static byte[] prose(int size) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(size + 16);
        while (text.length() < size) {
            text.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
        }
        text.setLength(size);
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** @return a zip bomb's payload: zeros, which deflate about a thousandfold */
    public static byte[] zeros(int size) {
        return new byte[size];
    }
}
