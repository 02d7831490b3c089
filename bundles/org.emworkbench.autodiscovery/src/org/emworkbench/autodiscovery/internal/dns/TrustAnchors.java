/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * The DNSSEC trust anchors of a run: DS or DNSKEY records in zone-file
 * syntax, read once and handed to each validating resolver.
 */
final class TrustAnchors {

    private final byte[] text;
    private final List<String> owners;

    private TrustAnchors(byte[] text, List<String> owners) {
        this.text = text;
        this.owners = List.copyOf(owners);
    }

    /**
     * @param file a file of DS or DNSKEY records
     * @return the anchors
     * @throws UncheckedIOException when the file cannot be read or parsed
     * @throws IllegalArgumentException when it holds no DS or DNSKEY record
     */
    static TrustAnchors read(Path file) {
        byte[] text;
        List<String> owners = new ArrayList<>();
        try {
            text = Files.readAllBytes(file);
            try (Master master = new Master(new ByteArrayInputStream(text), Name.root, 0)) {
                for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
                    if (record.getType() == Type.DS || record.getType() == Type.DNSKEY) {
                        owners.add(Type.string(record.getType()) + " " + AnswerText.withoutDot(record.getName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the trust anchor file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("the trust anchor file " + file
                    + " holds no DS or DNSKEY record; expected zone-file lines such as 'example. IN DS 12345 13 2 ...'");
        }
        return new TrustAnchors(text, owners);
    }

    /**
     * @param resolver a validating resolver
     * @throws IOException when the records cannot be loaded (they could be read before, so this does not happen)
     */
    void loadInto(ValidatingResolver resolver) throws IOException {
        resolver.loadTrustAnchors(new ByteArrayInputStream(text));
    }

    /** @return {@code DS signed.test} and so on, one per record, for the trace */
    List<String> describe() {
        return owners;
    }
}
