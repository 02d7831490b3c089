/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.validation.settings.DnsServer;
import org.junit.jupiter.api.Test;

/** The resolver list the Network preference page accepts, and what it refuses. */
class DnsServerTest {

    @Test
    void namesAndAddressesTakePort53UnlessTheyNameOne() {
        assertEquals(new DnsServer("ns1.contoso.com", 53), DnsServer.parse("ns1.contoso.com"));
        assertEquals(new DnsServer("ns1.contoso.com.", 5353), DnsServer.parse("ns1.contoso.com.:5353"));
        assertEquals(new DnsServer("192.0.2.10", 53), DnsServer.parse("192.0.2.10"));
        assertEquals(new DnsServer("192.0.2.10", 5353), DnsServer.parse("192.0.2.10:5353"));
        assertEquals(new DnsServer("localhost", 53), DnsServer.parse("localhost"));
    }

    @Test
    void ipv6AddressesAreWrittenBareOrInBracketsWithAPort() {
        assertEquals(new DnsServer("2001:db8::1", 53), DnsServer.parse("2001:db8::1"));
        assertEquals(new DnsServer("2001:db8::1", 53), DnsServer.parse("[2001:db8::1]"));
        assertEquals(new DnsServer("2001:db8::1", 5353), DnsServer.parse("[2001:db8::1]:5353"));
        assertEquals(new DnsServer("::1", 53), DnsServer.parse("::1"));
        assertEquals(new DnsServer("::ffff:192.0.2.1", 53), DnsServer.parse("[::ffff:192.0.2.1]"));
        assertEquals(new DnsServer("2001:db8:0:0:0:0:0:1", 53), DnsServer.parse("2001:db8:0:0:0:0:0:1"));
    }

    @Test
    void aListIsSeparatedByCommasSemicolonsOrBlanksAndKeepsItsOrder() {
        List<DnsServer> servers = DnsServer.parseList(" 192.0.2.10, [2001:db8::53]:5353;ns2.contoso.com\n 9.9.9.9 ");

        assertEquals(List.of(new DnsServer("192.0.2.10", 53), new DnsServer("2001:db8::53", 5353),
                new DnsServer("ns2.contoso.com", 53), new DnsServer("9.9.9.9", 53)), servers);
        assertEquals(List.of(), DnsServer.parseList("  "));
        assertEquals(servers, DnsServer.parseList(DnsServer.format(servers)), "the list reads back as written");
        assertEquals("192.0.2.10, [2001:db8::53]:5353, ns2.contoso.com, 9.9.9.9", DnsServer.format(servers));
    }

    @Test
    void malformedEntriesAreRefusedNamingTheEntry() {
        for (String bad : new String[] { "ns1.contoso.com:0", "ns1.contoso.com:65536", "ns1.contoso.com:dns",
                "ns1.contoso.com:", "256.1.1.1", "1.2.3", "-bad.contoso.com", "bad_name.contoso.com", "[2001:db8::1",
                "[2001:db8::1]5353", "[ns1.contoso.com]:53", "2001:db8::1:5353:1:2:3:4:5", "2001:db8:::1",
                "1::2::3", "12345::1", "[::1]:", "::ffff:192.0.2", "a..b" }) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DnsServer.parse(bad),
                    bad);
            assertTrue(refused.getMessage().startsWith(bad + ": "), refused.getMessage());
        }
        IllegalArgumentException inList = assertThrows(IllegalArgumentException.class,
                () -> DnsServer.parseList("192.0.2.10, ns1.contoso.com:99999"));
        assertTrue(inList.getMessage().startsWith("ns1.contoso.com:99999"), inList.getMessage());
    }
}
