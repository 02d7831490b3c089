/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A DNS server to send queries to: a host name, an IPv4 address or an IPv6
 * address, and a port.
 * <p>
 * Parsing never looks anything up: a host name is only checked for its form.
 * </p>
 *
 * @param host the host name or the address, IPv6 without brackets
 * @param port the UDP and TCP port, 1 to 65535
 * @since 0.1
 */
public record DnsServer(String host, int port) {

    /** The port used when an entry names none. */
    public static final int DEFAULT_PORT = 53;

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    /** Checks the arguments. */
    public DnsServer {
        if (host == null || !(isHostName(host) || isIpv4(host) || isIpv6(host))) {
            throw new IllegalArgumentException("not a host name or an IP address: " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    /**
     * Reads one entry: {@code host}, {@code host:port}, {@code 192.0.2.1:5353},
     * {@code 2001:db8::1}, or {@code [2001:db8::1]:5353} (an IPv6 address with a
     * port needs the brackets).
     *
     * @param entry the entry, without surrounding blanks
     * @return the server
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    public static DnsServer parse(String entry) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("empty DNS server entry");
        }
        String host;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(entry + ": '[' without ']'");
            }
            host = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException(entry + ": only ':port' may follow ']'");
                }
                port = rest.substring(1);
            }
            if (!isIpv6(host)) {
                throw new IllegalArgumentException(entry + ": not an IPv6 address inside [ ]");
            }
        } else if (entry.indexOf(':') != entry.lastIndexOf(':')) {
            // Several colons: an IPv6 address, which can only carry a port inside brackets.
            host = entry;
            if (!isIpv6(host)) {
                throw new IllegalArgumentException(entry + ": not an IPv6 address; write [address]:port for a port");
            }
        } else {
            int colon = entry.indexOf(':');
            host = colon < 0 ? entry : entry.substring(0, colon);
            port = colon < 0 ? null : entry.substring(colon + 1);
            if (!isIpv4(host) && !isHostName(host)) {
                throw new IllegalArgumentException(entry + ": not a host name or an IPv4 address");
            }
        }
        return new DnsServer(host, port == null ? DEFAULT_PORT : port(entry, port));
    }

    /**
     * Reads a list of entries separated by commas, semicolons or white space.
     *
     * @param text the list; blank for none
     * @return the servers, in the order written
     * @throws IllegalArgumentException naming the first bad entry
     */
    public static List<DnsServer> parseList(String text) {
        List<DnsServer> servers = new ArrayList<>();
        if (text == null) {
            return servers;
        }
        for (String entry : SEPARATORS.split(text.strip())) {
            if (!entry.isEmpty()) {
                servers.add(parse(entry));
            }
        }
        return servers;
    }

    /**
     * @param servers servers
     * @return the servers as {@link #parseList(String)} reads them back, separated by ", "
     */
    public static String format(List<DnsServer> servers) {
        return String.join(", ", servers.stream().map(DnsServer::toString).toList());
    }

    /** @return {@code host}, {@code host:port}, or {@code [address]:port} for IPv6; the port only when not 53 */
    @Override
    public String toString() {
        if (port == DEFAULT_PORT) {
            return host;
        }
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static int port(String entry, String text) {
        if (!text.chars().allMatch(Character::isDigit) || text.isEmpty() || text.length() > 5) {
            throw new IllegalArgumentException(entry + ": the port must be a number from 1 to 65535");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(entry + ": the port must be a number from 1 to 65535");
        }
        return port;
    }

    private static boolean isHostName(String text) {
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        // All-numeric names are meant as IPv4 addresses; the last label of a name is never numeric.
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }

    private static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!NUMBER.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String text) {
        if (text.isEmpty() || text.indexOf(':') < 0) {
            return false;
        }
        String address = text.toLowerCase(Locale.ROOT);
        int groupsAvailable = 8;
        int lastColon = address.lastIndexOf(':');
        if (address.indexOf('.') > lastColon) {
            // An embedded IPv4 address takes the last two groups, e.g. ::ffff:192.0.2.1.
            if (!isIpv4(address.substring(lastColon + 1))) {
                return false;
            }
            address = address.substring(0, lastColon + 1) + "0";
            groupsAvailable = 7;
        }
        int gap = address.indexOf("::");
        if (gap != address.lastIndexOf("::") || address.contains(":::")) {
            return false;
        }
        if (gap < 0) {
            return groups(address) == groupsAvailable;
        }
        int before = gap == 0 ? 0 : groups(address.substring(0, gap));
        int after = gap + 2 == address.length() ? 0 : groups(address.substring(gap + 2));
        return before >= 0 && after >= 0 && before + after < groupsAvailable;
    }

    /** @return how many hex groups the colon-separated text has, or -1 if one is not a group */
    private static int groups(String text) {
        String[] groups = text.split(":", -1);
        for (String group : groups) {
            if (!HEX_GROUP.matcher(group).matches()) {
                return -1;
            }
        }
        return groups.length;
    }
}
