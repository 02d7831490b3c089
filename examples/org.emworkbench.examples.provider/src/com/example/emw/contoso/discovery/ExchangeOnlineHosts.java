/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.emworkbench.autodiscovery.PublicSuffixes;

/**
 * The host names that count as Exchange Online Autodiscover endpoints. They
 * are data, not code: the bundle's {@value #RESOURCE} lists them, one per
 * line, so that a new Microsoft cloud is a new line.
 */
public final class ExchangeOnlineHosts {

    /** Where the list is in the bundle. */
    public static final String RESOURCE = "/data/exchange-online-hosts.txt";

    private static final class Bundled {
        static final ExchangeOnlineHosts LIST = load();

        private static ExchangeOnlineHosts load() {
            try (InputStream in = ExchangeOnlineHosts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the plug-in; check build.properties");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    private final Set<String> hosts;

    private ExchangeOnlineHosts(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /** @return the list shipped in this plug-in, read once */
    public static ExchangeOnlineHosts bundled() {
        return Bundled.LIST;
    }

    /**
     * @param text one host name per line; blank lines and text after {@code #} are ignored
     * @return the hosts, normalized (lower case, no trailing dot)
     * @throws IOException when the text cannot be read
     */
    public static ExchangeOnlineHosts read(Reader text) throws IOException {
        Set<String> hosts = new LinkedHashSet<>();
        BufferedReader lines = new BufferedReader(text);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int comment = line.indexOf('#');
            String host = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!host.isEmpty()) {
                hosts.add(PublicSuffixes.normalized(host));
            }
        }
        return new ExchangeOnlineHosts(hosts);
    }

    /**
     * @param host a host name, absolute or not, any case
     * @return whether it is one of the listed hosts
     */
    public boolean contains(String host) {
        return hosts.contains(PublicSuffixes.normalized(host));
    }

    /** @return the listed hosts, normalized */
    public Set<String> hosts() {
        return hosts;
    }
}
