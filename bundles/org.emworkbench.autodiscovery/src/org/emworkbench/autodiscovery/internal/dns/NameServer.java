/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.xbill.DNS.ResolverConfig;

/**
 * One DNS server that queries go to, as the settings name it or as the
 * system's configuration lists it.
 *
 * @param host the host name or address, an IPv6 address with or without brackets
 * @param port the port
 */
record NameServer(String host, int port) {

    /** Checks the parts and drops the brackets of an IPv6 address. */
    NameServer {
        Objects.requireNonNull(host, "host");
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * @param settings the run's settings
     * @return the servers named in the settings, or when there are none the system's (dnsjava's
     *         {@link ResolverConfig}: {@code /etc/resolv.conf}, the Windows registry, and so on)
     */
    static List<NameServer> of(DiscoverySettings settings) {
        List<InetSocketAddress> addresses = settings.usesSystemResolvers()
                ? ResolverConfig.getCurrentConfig().servers()
                : settings.dnsServers();
        return addresses.stream().map(address -> new NameServer(address.getHostString(), address.getPort())).toList();
    }

    /**
     * @return the socket address; an address literal is taken as it is, a host name is looked up
     *         through the system (the only lookup that does not go through this client)
     * @throws UnknownHostException when a host name does not resolve
     */
    InetSocketAddress socketAddress() throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    /** @return {@code 127.0.0.1:53}, {@code [::1]:5353} or {@code dns.example:53}, as trace titles show it */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
