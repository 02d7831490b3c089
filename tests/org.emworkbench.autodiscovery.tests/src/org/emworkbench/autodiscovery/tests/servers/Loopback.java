/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** The loopback addresses test servers listen on, and free ports on them. */
public final class Loopback {

    /** The IPv4 loopback address. */
    public static final String IPV4 = "127.0.0.1";
    /** The IPv6 loopback address. */
    public static final String IPV6 = "::1";

    private Loopback() {
    }

    /** @return whether a socket can be bound to ::1 on this machine */
    public static boolean hasIpv6() {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(IPV6), 0))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A port that is free for both UDP and TCP on 127.0.0.1 (and ::1 when asked)
     * at the time of the call; another process may still take it before the
     * caller binds it, so callers retry on "address in use".
     *
     * @param ipv6 whether the port must be free on ::1 too
     * @return the port
     */
    public static int freePort(boolean ipv6) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, address(IPV4))) {
                port = probe.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (free(IPV4, port) && (!ipv6 || free(IPV6, port))) {
                return port;
            }
        }
        throw new IllegalStateException("no port is free for both UDP and TCP on the loopback addresses");
    }

    private static boolean free(String host, int port) {
        try (ServerSocket tcp = new ServerSocket(port, 1, address(host));
                DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address(host), port))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
