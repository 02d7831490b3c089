/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

/**
 * Whether a server certificate names the host a client connected to, after
 * RFC 6125: an address must be one of the certificate's IP address entries; a
 * host name must match a DNS entry, where a wildcard stands for exactly one
 * whole left-most label; the subject's CN counts only when the certificate has
 * no DNS entry. This is checked in addition to UnboundID's verifier, which
 * (7.0.5) accepts any certificate when the host is an address of the local
 * machine.
 */
public final class HostNames {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern COMMON_NAME = Pattern.compile("(?i)(?:^|,)\\s*CN=([^,]+)");

    private HostNames() {
    }

    /**
     * @param host        the host as connected to: a name, an IPv4 address or an IPv6 address (brackets allowed)
     * @param certificate the server's certificate
     * @return whether the certificate names the host
     */
    public static boolean matches(String host, X509Certificate certificate) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<List<?>> alternatives = alternatives(certificate);
        if (isAddress(bare)) {
            InetAddress wanted = address(bare);
            return wanted != null && alternatives.stream().filter(entry -> type(entry) == IP_ADDRESS)
                    .map(entry -> address(String.valueOf(entry.get(1)))).anyMatch(wanted::equals);
        }
        String name = normal(bare);
        List<String> dnsNames = alternatives.stream().filter(entry -> type(entry) == DNS_NAME)
                .map(entry -> normal(String.valueOf(entry.get(1)))).toList();
        if (!dnsNames.isEmpty()) {
            return dnsNames.stream().anyMatch(pattern -> nameMatches(pattern, name));
        }
        java.util.regex.Matcher cn = COMMON_NAME.matcher(certificate.getSubjectX500Principal()
                .getName(X500Principal.RFC2253));
        return cn.find() && nameMatches(normal(cn.group(1)), name);
    }

    private static boolean nameMatches(String pattern, String name) {
        if (pattern.startsWith("*.")) {
            int dot = name.indexOf('.');
            return dot > 0 && pattern.substring(1).equals(name.substring(dot)) && pattern.indexOf('.', 2) > 0;
        }
        return pattern.equals(name);
    }

    private static List<List<?>> alternatives(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : new ArrayList<>(names);
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static int type(List<?> entry) {
        return entry.get(0) instanceof Integer type ? type : -1;
    }

    private static boolean isAddress(String host) {
        return host.indexOf(':') >= 0 || IPV4.matcher(host).matches();
    }

    /** Parses an address literal without any name lookup. */
    private static InetAddress address(String literal) {
        if (!isAddress(literal)) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String normal(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
