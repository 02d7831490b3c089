/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The zones {@link NamedServer} serves: one per scenario of autodiscovery.
 * Every address in them is a loopback address, so that nothing a test
 * discovers leads off the machine.
 */
public final class TestZones {

    /**
     * SRV {@code 0 0 443 mail.good.test.}; mail has A 127.0.0.1 and AAAA ::1; TXT {@code v=spf1 -all};
     * {@code short.good.test} has a TXT record with a TTL of 1 s.
     */
    public static final String GOOD = "good.test";
    /** Priority 0: mail1 (weight 60), mail2 (weight 20), mail3 (weight 0); priority 10: backup (weight 0); all resolve. */
    public static final String TWO_HOSTS = "twohosts.test";
    /** SRV target {@code mail.hoster.example.}, outside the mail domain and its registrable domain (AD-002). */
    public static final String OUTSIDE = "outside.test";
    /** The hoster of {@link #OUTSIDE}: mail has A 127.0.0.1. */
    public static final String HOSTER = "hoster.example";
    /** SRV target {@code mail.fabrikam.co.uk.}: outside the mail domain, inside its registrable domain (AD-002). */
    public static final String SALES_FABRIKAM = "sales.fabrikam.co.uk";
    /** The registrable domain of {@link #SALES_FABRIKAM}: mail has A 127.0.0.1. */
    public static final String FABRIKAM = "fabrikam.co.uk";
    /** SRV target {@code autodiscover.com.br.}, the 2021 leak (AD-003). */
    public static final String LEAK = "leak.test";
    /** SRV {@code 0 0 8443 mail.port.test.} (AD-004). */
    public static final String PORT = "port.test";
    /** SRV {@code 0 0 0 .}: service not available (AD-005). */
    public static final String DOT = "dot.test";
    /** No {@code _autodiscover._tcp} name at all: NXDOMAIN (AD-001). */
    public static final String NONE = "none.test";
    /** {@code _autodiscover._tcp} has a TXT record but no SRV record: no data (AD-001). */
    public static final String NO_DATA = "nodata.test";
    /** SRV {@code 0 0 443 gone.noaddr.test.} (no address) and {@code 10 0 443 mail.noaddr.test.} (resolves). */
    public static final String NO_ADDRESS = "noaddr.test";
    /** SRV {@code 0 0 443 gone.lame.test.}, its only target, which has no address. */
    public static final String LAME = "lame.test";
    /** {@code _autodiscover._tcp} CNAME alias, alias CNAME srv, srv SRV {@code 0 0 443 mail.cname.test.}. */
    public static final String CNAME = "cname.test";
    /** {@code _autodiscover._tcp} CNAME loop, loop CNAME {@code _autodiscover._tcp}: a CNAME loop. */
    public static final String CNAME_LOOP = "cnameloop.test";
    /** {@value #BIG_RECORDS} SRV records, more than a UDP answer of 1232 bytes holds: truncated, then TCP. */
    public static final String BIG = "big.test";
    /** How many SRV records {@link #BIG} has. */
    public static final int BIG_RECORDS = 80;
    /** TXT records: {@code v=spf1 -all} and one that carries {@link #CLAIM_TOKEN}; SRV as {@link #GOOD}. */
    public static final String CLAIMED = "claimed.test";
    /** The Citrix AutoDiscovery claim token {@link #CLAIMED} publishes. */
    public static final String CLAIM_TOKEN = "emw-claim-5f0c1d2e";
    /** Signed with a key made for the run; SRV {@code 0 0 443 mail.signed.test.}; SECURE from the trust anchors. */
    public static final String SIGNED = "signed.test";
    /** Signed like {@link #SIGNED}, then its SRV record's port changed to 444 under the old signature: BOGUS. */
    public static final String BOGUS = "bogus.test";

    private TestZones() {
    }

    /** @return every zone, the signed ones unsigned (the server signs them) */
    public static List<Zone> all() {
        return List.of(
                new Zone(GOOD, """
                        _autodiscover._tcp SRV 0 0 443 mail.good.test.
                        mail A 127.0.0.1
                        mail AAAA ::1
                        @ TXT "v=spf1 -all"
                        short 1 TXT "kept for one second"
                        """),
                new Zone(TWO_HOSTS, """
                        _autodiscover._tcp SRV 0 60 443 mail1.twohosts.test.
                        _autodiscover._tcp SRV 0 20 443 mail2.twohosts.test.
                        _autodiscover._tcp SRV 0 0 443 mail3.twohosts.test.
                        _autodiscover._tcp SRV 10 0 443 backup.twohosts.test.
                        mail1 A 127.0.0.1
                        mail2 A 127.0.0.1
                        mail3 A 127.0.0.1
                        backup A 127.0.0.1
                        """),
                new Zone(OUTSIDE, "_autodiscover._tcp SRV 0 0 443 mail.hoster.example.\n"),
                new Zone(HOSTER, "mail A 127.0.0.1\n"),
                new Zone(SALES_FABRIKAM, "_autodiscover._tcp SRV 0 0 443 mail.fabrikam.co.uk.\n"),
                new Zone(FABRIKAM, "mail A 127.0.0.1\n"),
                new Zone(LEAK, "_autodiscover._tcp SRV 0 0 443 autodiscover.com.br.\n"),
                new Zone(PORT, """
                        _autodiscover._tcp SRV 0 0 8443 mail.port.test.
                        mail A 127.0.0.1
                        """),
                new Zone(DOT, "_autodiscover._tcp SRV 0 0 0 .\n"),
                new Zone(NONE, "mail A 127.0.0.1\n"),
                new Zone(NO_DATA, "_autodiscover._tcp TXT \"no SRV record here\"\n"),
                new Zone(NO_ADDRESS, """
                        _autodiscover._tcp SRV 0 0 443 gone.noaddr.test.
                        _autodiscover._tcp SRV 10 0 443 mail.noaddr.test.
                        mail A 127.0.0.1
                        """),
                new Zone(LAME, "_autodiscover._tcp SRV 0 0 443 gone.lame.test.\n"),
                new Zone(CNAME, """
                        _autodiscover._tcp CNAME alias.cname.test.
                        alias CNAME srv.cname.test.
                        srv SRV 0 0 443 mail.cname.test.
                        mail A 127.0.0.1
                        """),
                new Zone(CNAME_LOOP, """
                        _autodiscover._tcp CNAME loop.cnameloop.test.
                        loop CNAME _autodiscover._tcp.cnameloop.test.
                        """),
                new Zone(BIG, IntStream.rangeClosed(1, BIG_RECORDS)
                        .mapToObj(i -> String.format("_autodiscover._tcp SRV 0 1 443 mailhost%02d.big.test.", i))
                        .collect(Collectors.joining("\n", "", "\n* A 127.0.0.1\n"))),
                new Zone(CLAIMED, """
                        @ TXT "v=spf1 -all"
                        @ TXT "citrix-autodiscovery=" "%s"
                        _autodiscover._tcp SRV 0 0 443 mail.claimed.test.
                        mail A 127.0.0.1
                        """.formatted(CLAIM_TOKEN)),
                signedZone(SIGNED),
                signedZone(BOGUS));
    }

    /** @return the names of the zones the server signs */
    public static List<String> signed() {
        return List.of(SIGNED, BOGUS);
    }

    private static Zone signedZone(String name) {
        return new Zone(name, """
                _autodiscover._tcp SRV 0 0 443 mail.%s.
                mail A 127.0.0.1
                """.formatted(name));
    }
}
