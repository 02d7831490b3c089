/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.settings;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.osgi.service.prefs.Preferences;

/**
 * How online checks reach the network: which DNS servers answer their queries,
 * and how long DNS and the HTTPS requests of Exchange Autodiscover may take.
 * <p>
 * Stored in the node {@link SettingsNode#QUALIFIER} under these keys (timeouts
 * in whole seconds):
 * </p>
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>{@value #DNS_RESOLVER}</td><td>{@value #SYSTEM_RESOLVER} or {@value #LISTED_SERVERS}</td><td>{@value #SYSTEM_RESOLVER}</td></tr>
 * <tr><td>{@value #DNS_SERVERS}</td><td>servers as {@link DnsServer#parseList(String)} reads them</td><td>empty</td></tr>
 * <tr><td>{@value #DNS_TIMEOUT}</td><td>1 to 60</td><td>5</td></tr>
 * <tr><td>{@value #DNS_RETRIES}</td><td>0 to 10</td><td>2</td></tr>
 * <tr><td>{@value #HTTPS_CONNECT_TIMEOUT}</td><td>1 to 300</td><td>10</td></tr>
 * <tr><td>{@value #HTTPS_READ_TIMEOUT}</td><td>1 to 600</td><td>30</td></tr>
 * </table>
 *
 * @param dnsServers          the servers to ask, in order; empty for the system's resolver
 * @param dnsTimeout          how long to wait for one DNS answer
 * @param dnsRetries          how often to ask again after a DNS query went unanswered
 * @param httpsConnectTimeout how long an HTTPS connection may take to open
 * @param httpsReadTimeout    how long an HTTPS response may take to arrive
 * @since 0.1
 */
public record NetworkSettings(List<DnsServer> dnsServers, Duration dnsTimeout, int dnsRetries,
        Duration httpsConnectTimeout, Duration httpsReadTimeout) {

    /** Key: whether to use the system's resolver or the listed servers. */
    public static final String DNS_RESOLVER = "network.dns.resolver";
    /** Value of {@link #DNS_RESOLVER}: the operating system's resolver. */
    public static final String SYSTEM_RESOLVER = "system";
    /** Value of {@link #DNS_RESOLVER}: the servers of {@link #DNS_SERVERS}. */
    public static final String LISTED_SERVERS = "servers";
    /** Key: the DNS servers, kept even while the system's resolver is used. */
    public static final String DNS_SERVERS = "network.dns.servers";
    /** Key: seconds to wait for one DNS answer. */
    public static final String DNS_TIMEOUT = "network.dns.timeoutSeconds";
    /** Key: how often to ask again after a DNS query went unanswered. */
    public static final String DNS_RETRIES = "network.dns.retries";
    /** Key: seconds an HTTPS connection may take to open. */
    public static final String HTTPS_CONNECT_TIMEOUT = "network.https.connectTimeoutSeconds";
    /** Key: seconds an HTTPS response may take to arrive. */
    public static final String HTTPS_READ_TIMEOUT = "network.https.readTimeoutSeconds";

    /** Smallest DNS timeout in seconds. */
    public static final int MIN_DNS_TIMEOUT = 1;
    /** Largest DNS timeout in seconds. */
    public static final int MAX_DNS_TIMEOUT = 60;
    /** Largest number of DNS retries. */
    public static final int MAX_DNS_RETRIES = 10;
    /** Largest HTTPS connect timeout in seconds. */
    public static final int MAX_HTTPS_CONNECT_TIMEOUT = 300;
    /** Largest HTTPS read timeout in seconds. */
    public static final int MAX_HTTPS_READ_TIMEOUT = 600;

    /** The settings of a fresh workspace: the system's resolver, 5 s and 2 retries for DNS, 10 s and 30 s for HTTPS. */
    public static final NetworkSettings DEFAULTS = new NetworkSettings(List.of(), Duration.ofSeconds(5), 2,
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    /** Checks and copies the arguments. */
    public NetworkSettings {
        dnsServers = List.copyOf(dnsServers);
        Objects.requireNonNull(dnsTimeout, "dnsTimeout");
        Objects.requireNonNull(httpsConnectTimeout, "httpsConnectTimeout");
        Objects.requireNonNull(httpsReadTimeout, "httpsReadTimeout");
        if (dnsRetries < 0) {
            throw new IllegalArgumentException("dnsRetries must not be negative");
        }
    }

    /** @return whether DNS queries go to the operating system's resolver */
    public boolean usesSystemResolver() {
        return dnsServers.isEmpty();
    }

    /**
     * Reads the settings. A missing or unusable value (not a number, out of
     * range, a server list that does not parse) is replaced by its default, so
     * a hand-edited preference file never stops online checks.
     *
     * @param node the node holding the keys, normally the instance scope's {@link SettingsNode#QUALIFIER}
     * @return the settings
     */
    public static NetworkSettings read(Preferences node) {
        List<DnsServer> servers = List.of();
        if (LISTED_SERVERS.equals(node.get(DNS_RESOLVER, SYSTEM_RESOLVER))) {
            try {
                servers = DnsServer.parseList(node.get(DNS_SERVERS, ""));
            } catch (IllegalArgumentException e) {
                servers = List.of();
            }
        }
        return new NetworkSettings(servers,
                seconds(node, DNS_TIMEOUT, DEFAULTS.dnsTimeout, MIN_DNS_TIMEOUT, MAX_DNS_TIMEOUT),
                SettingsNode.intIn(node, DNS_RETRIES, DEFAULTS.dnsRetries, 0, MAX_DNS_RETRIES),
                seconds(node, HTTPS_CONNECT_TIMEOUT, DEFAULTS.httpsConnectTimeout, 1, MAX_HTTPS_CONNECT_TIMEOUT),
                seconds(node, HTTPS_READ_TIMEOUT, DEFAULTS.httpsReadTimeout, 1, MAX_HTTPS_READ_TIMEOUT));
    }

    /**
     * Writes these settings under the documented keys, e.g. as the defaults of
     * a scope. Does not flush.
     *
     * @param node the node to write to
     */
    public void writeTo(Preferences node) {
        node.put(DNS_RESOLVER, usesSystemResolver() ? SYSTEM_RESOLVER : LISTED_SERVERS);
        node.put(DNS_SERVERS, DnsServer.format(dnsServers));
        node.putInt(DNS_TIMEOUT, (int) dnsTimeout.toSeconds());
        node.putInt(DNS_RETRIES, dnsRetries);
        node.putInt(HTTPS_CONNECT_TIMEOUT, (int) httpsConnectTimeout.toSeconds());
        node.putInt(HTTPS_READ_TIMEOUT, (int) httpsReadTimeout.toSeconds());
    }

    private static Duration seconds(Preferences node, String key, Duration defaultValue, int min, int max) {
        return Duration.ofSeconds(SettingsNode.intIn(node, key, (int) defaultValue.toSeconds(), min, max));
    }
}
