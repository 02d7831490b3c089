/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DnsServer;
import org.emworkbench.validation.settings.NetworkSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

/** Network and directory settings as a later online bundle reads them from a preference node. */
class SettingsReadersTest {

    private final IEclipsePreferences node = (IEclipsePreferences) InstanceScope.INSTANCE
            .getNode("org.emworkbench.validation.tests").node("settings-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void anEmptyNodeGivesTheDefaults() {
        assertEquals(NetworkSettings.DEFAULTS, NetworkSettings.read(node));
        assertEquals(DirectorySettings.DEFAULTS, DirectorySettings.read(node));
        assertTrue(NetworkSettings.read(node).usesSystemResolver());
    }

    @Test
    void writtenSettingsReadBack() {
        NetworkSettings network = new NetworkSettings(DnsServer.parseList("192.0.2.53, [2001:db8::53]:5353"),
                Duration.ofSeconds(3), 4, Duration.ofSeconds(20), Duration.ofSeconds(90));
        DirectorySettings directory = new DirectorySettings(389, DirectorySettings.Tls.START_TLS,
                Duration.ofSeconds(7), Duration.ofSeconds(45), 1000, "/etc/emw/ldap-trust.p12");

        network.writeTo(node);
        directory.writeTo(node);

        assertEquals(network, NetworkSettings.read(node));
        assertEquals(directory, DirectorySettings.read(node));
        assertEquals("startTls", node.get(DirectorySettings.TLS, null), "the documented value");
    }

    @Test
    void listedServersCountOnlyWhenTheResolverSaysSo() {
        node.put(NetworkSettings.DNS_SERVERS, "192.0.2.53");

        assertEquals(List.of(), NetworkSettings.read(node).dnsServers(), "the system resolver is the default");
        node.put(NetworkSettings.DNS_RESOLVER, NetworkSettings.LISTED_SERVERS);
        assertEquals(List.of(new DnsServer("192.0.2.53", 53)), NetworkSettings.read(node).dnsServers());
    }

    @Test
    void unusableStoredValuesFallBackToTheirDefaults() {
        node.put(NetworkSettings.DNS_RESOLVER, NetworkSettings.LISTED_SERVERS);
        node.put(NetworkSettings.DNS_SERVERS, "192.0.2.53, not a server:99999");
        node.put(NetworkSettings.DNS_TIMEOUT, "five");
        node.put(NetworkSettings.DNS_RETRIES, "-1");
        node.put(NetworkSettings.HTTPS_READ_TIMEOUT, "100000");
        node.put(DirectorySettings.PORT, "0");
        node.put(DirectorySettings.TLS, "ssl");
        node.put(DirectorySettings.PAGE_SIZE, "12");

        NetworkSettings network = NetworkSettings.read(node);
        DirectorySettings directory = DirectorySettings.read(node);

        assertEquals(NetworkSettings.DEFAULTS, network);
        assertEquals(DirectorySettings.DEFAULTS.port(), directory.port());
        assertEquals(DirectorySettings.Tls.LDAPS, directory.tls());
        assertEquals(12, directory.pageSize(), "a usable value is kept");
    }
}
