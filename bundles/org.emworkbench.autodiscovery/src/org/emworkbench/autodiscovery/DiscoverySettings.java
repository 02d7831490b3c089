/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.emworkbench.validation.settings.DnsServer;
import org.emworkbench.validation.settings.NetworkSettings;

/**
 * How discovery reaches the network. Immutable; the {@code with…} methods
 * return changed copies.
 *
 * @param dnsServers        the DNS servers to ask, in order; empty means the system's resolvers
 * @param dnsTimeout        how long to wait for one DNS answer
 * @param dnsRetries        how often to ask again after a query went unanswered
 * @param trustAnchors      a file of DS or DNSKEY records (zone-file syntax) that turns on DNSSEC
 *                          validation, or {@code null} to leave DNSSEC unchecked
 * @param httpEnabled       whether providers may make HTTP(S) requests ({@code false}: DNS only)
 * @param connectTimeout    how long a TCP or TLS connection may take to open
 * @param readTimeout       how long an HTTP response may take to arrive
 * @param maxRedirects      how many redirects one discovery follows before it reports a loop
 * @param httpsPort         the port HTTPS candidates are built with; 443 except in test labs
 * @param httpPort          the port of the unauthenticated HTTP redirect check; 80 except in test labs
 * @param trustStore        extra trusted CA certificates (PEM, PKCS#12 or JKS), or {@code null}
 * @param trustSystemCas    whether the JDK's CA certificates are trusted as well
 * @param srvSeed           seed for the weighted choice among SRV records of equal priority, or
 *                          {@code null} for a random order as clients make it
 * @since 0.1
 */
public record DiscoverySettings(List<InetSocketAddress> dnsServers, Duration dnsTimeout, int dnsRetries,
        Path trustAnchors, boolean httpEnabled, Duration connectTimeout, Duration readTimeout, int maxRedirects,
        int httpsPort, int httpPort, Path trustStore, boolean trustSystemCas, Long srvSeed) {

    /** The settings of a fresh installation: system resolvers, no DNSSEC, HTTPS on 443. */
    public static final DiscoverySettings DEFAULTS = new DiscoverySettings(List.of(), Duration.ofSeconds(5), 2, null,
            true, Duration.ofSeconds(10), Duration.ofSeconds(20), 10, 443, 80, null, true, null);

    /** Checks ranges and copies the list. */
    public DiscoverySettings {
        dnsServers = List.copyOf(dnsServers);
        Objects.requireNonNull(dnsTimeout, "dnsTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (dnsTimeout.isNegative() || dnsTimeout.isZero()) {
            throw new IllegalArgumentException("the DNS timeout must be positive");
        }
        if (dnsRetries < 0) {
            throw new IllegalArgumentException("DNS retries cannot be negative");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("the redirect limit cannot be negative");
        }
        checkPort(httpsPort, "HTTPS");
        checkPort(httpPort, "HTTP");
    }

    private static void checkPort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " port " + port + " is not between 1 and 65535");
        }
    }

    /**
     * @param network the network preferences of the workbench
     * @return the defaults with the preferences' DNS servers and timeouts
     */
    public static DiscoverySettings from(NetworkSettings network) {
        List<InetSocketAddress> servers = network.dnsServers().stream()
                .map(server -> InetSocketAddress.createUnresolved(server.host(), server.port())).toList();
        return DEFAULTS.withDnsServers(servers).withDnsTimeout(network.dnsTimeout(), network.dnsRetries())
                .withHttpTimeouts(network.httpsConnectTimeout(), network.httpsReadTimeout());
    }

    /**
     * @param server a server as {@link DnsServer} parses it
     * @return an address, unresolved so that no lookup happens here
     */
    public static InetSocketAddress address(DnsServer server) {
        return InetSocketAddress.createUnresolved(server.host(), server.port());
    }

    /** @return whether the system's resolvers are asked */
    public boolean usesSystemResolvers() {
        return dnsServers.isEmpty();
    }

    /** @param servers the DNS servers to ask; empty for the system's @return a copy */
    public DiscoverySettings withDnsServers(List<InetSocketAddress> servers) {
        return new DiscoverySettings(servers, dnsTimeout, dnsRetries, trustAnchors, httpEnabled, connectTimeout,
                readTimeout, maxRedirects, httpsPort, httpPort, trustStore, trustSystemCas, srvSeed);
    }

    /** @param timeout per query @param retries after no answer @return a copy */
    public DiscoverySettings withDnsTimeout(Duration timeout, int retries) {
        return new DiscoverySettings(dnsServers, timeout, retries, trustAnchors, httpEnabled, connectTimeout,
                readTimeout, maxRedirects, httpsPort, httpPort, trustStore, trustSystemCas, srvSeed);
    }

    /** @param anchors a trust-anchor file, or {@code null} @return a copy */
    public DiscoverySettings withTrustAnchors(Path anchors) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, anchors, httpEnabled, connectTimeout,
                readTimeout, maxRedirects, httpsPort, httpPort, trustStore, trustSystemCas, srvSeed);
    }

    /** @param enabled whether HTTP(S) requests may be made @return a copy */
    public DiscoverySettings withHttp(boolean enabled) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, trustAnchors, enabled, connectTimeout,
                readTimeout, maxRedirects, httpsPort, httpPort, trustStore, trustSystemCas, srvSeed);
    }

    /** @param connect connection timeout @param read response timeout @return a copy */
    public DiscoverySettings withHttpTimeouts(Duration connect, Duration read) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, trustAnchors, httpEnabled, connect, read,
                maxRedirects, httpsPort, httpPort, trustStore, trustSystemCas, srvSeed);
    }

    /** @param limit redirects to follow @return a copy */
    public DiscoverySettings withMaxRedirects(int limit) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, trustAnchors, httpEnabled, connectTimeout,
                readTimeout, limit, httpsPort, httpPort, trustStore, trustSystemCas, srvSeed);
    }

    /** @param https port of HTTPS candidates @param http port of the redirect check @return a copy */
    public DiscoverySettings withPorts(int https, int http) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, trustAnchors, httpEnabled, connectTimeout,
                readTimeout, maxRedirects, https, http, trustStore, trustSystemCas, srvSeed);
    }

    /** @param store extra CA certificates, or {@code null} @param systemCas whether to trust the JDK's too @return a copy */
    public DiscoverySettings withTrust(Path store, boolean systemCas) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, trustAnchors, httpEnabled, connectTimeout,
                readTimeout, maxRedirects, httpsPort, httpPort, store, systemCas, srvSeed);
    }

    /** @param seed a seed for a repeatable SRV order, or {@code null} @return a copy */
    public DiscoverySettings withSrvSeed(Long seed) {
        return new DiscoverySettings(dnsServers, dnsTimeout, dnsRetries, trustAnchors, httpEnabled, connectTimeout,
                readTimeout, maxRedirects, httpsPort, httpPort, trustStore, trustSystemCas, seed);
    }
}
