/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a test zone with a key made for this run (ECDSA P-256, one key that
 * signs everything), with BIND's dnssec-keygen and dnssec-signzone, and gives
 * the DS record that anchors it. Can break the signed zone on purpose, for
 * answers that must fail validation.
 */
final class ZoneSigner {

    private static final String UTILS = "bind9-utils";

    private final Path keygen = BindTools.require("dnssec-keygen", UTILS);
    private final Path signzone = BindTools.require("dnssec-signzone", UTILS);
    private final Path dsfromkey = BindTools.require("dnssec-dsfromkey", UTILS);

    /**
     * @param directory where the zone file {@code <name>.zone} is, and where keys and the
     *                  signed file {@code <name>.zone.signed} go
     * @param zone      the zone
     * @return the DS record of the zone's key, one zone-file line
     * @throws IOException when a tool fails
     */
    String sign(Path directory, Zone zone) throws IOException {
        String base = BindTools.run(directory, List.of(keygen.toString(), "-q", "-K", directory.toString(), "-a",
                "ECDSAP256SHA256", "-n", "ZONE", zone.name())).strip();
        Path unsigned = directory.resolve(zone.name() + ".zone");
        Path key = directory.resolve(base + ".key");
        Files.writeString(unsigned, Files.readString(unsigned) + Files.readString(key), StandardCharsets.UTF_8);
        // -z: the one key signs the DNSKEY set too, as a combined signing key.
        BindTools.run(directory, List.of(signzone.toString(), "-z", "-K", directory.toString(), "-d",
                directory.toString(), "-o", zone.name(), "-f", signedFile(directory, zone).toString(),
                unsigned.toString(), key.toString()));
        return BindTools.run(directory, List.of(dsfromkey.toString(), "-2", key.toString())).strip();
    }

    /**
     * Changes the port of the zone's {@code _autodiscover._tcp} SRV record
     * from 443 to 444 and keeps the old signature, which then no longer fits.
     *
     * @param directory where the signed file is
     * @param zone      the zone
     * @throws IOException when the file cannot be changed or has no such record
     */
    void tamper(Path directory, Zone zone) throws IOException {
        Path signed = signedFile(directory, zone);
        String text = Files.readString(signed, StandardCharsets.UTF_8);
        Matcher srv = Pattern.compile("(?m)^(_autodiscover\\._tcp\\." + Pattern.quote(zone.name())
                + "\\.\\s+\\d+\\s+IN\\s+SRV\\s+0 0 )443 ").matcher(text);
        if (!srv.find()) {
            throw new IOException("no SRV record with port 443 to change in " + signed);
        }
        Files.writeString(signed, srv.replaceFirst("$1444 "), StandardCharsets.UTF_8);
    }

    /**
     * @param directory the server's directory
     * @param zone      a zone
     * @return where its signed file is
     */
    static Path signedFile(Path directory, Zone zone) {
        return directory.resolve(zone.name() + ".zone.signed");
    }
}
