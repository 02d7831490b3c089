/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The DNS part of the Network preferences, as tests that ask DNS set them:
 * what they were before, and one loopback server with a timeout of the test's.
 */
final class DnsPreferences {

    private static final List<String> KEYS = List.of(NetworkSettings.DNS_RESOLVER, NetworkSettings.DNS_SERVERS,
            NetworkSettings.DNS_TIMEOUT, NetworkSettings.DNS_RETRIES);

    private DnsPreferences() {
    }

    /** @return the DNS preferences as they are now, {@code null} for those not set, for {@link #restore} */
    static Map<String, String> save() {
        IEclipsePreferences node = node();
        Map<String, String> saved = new HashMap<>();
        KEYS.forEach(key -> saved.put(key, node.get(key, null)));
        return saved;
    }

    /**
     * @param saved what {@link #save} returned
     * @throws BackingStoreException when the preferences cannot be written
     */
    static void restore(Map<String, String> saved) throws BackingStoreException {
        IEclipsePreferences node = node();
        saved.forEach((key, value) -> {
            if (value == null) {
                node.remove(key);
            } else {
                node.put(key, value);
            }
        });
        node.flush();
    }

    /**
     * Makes online checks ask only this server.
     *
     * @param server         {@code host:port}
     * @param timeoutSeconds per query
     * @param retries        after no answer
     * @throws BackingStoreException when the preferences cannot be written
     */
    static void use(String server, int timeoutSeconds, int retries) throws BackingStoreException {
        IEclipsePreferences node = node();
        node.put(NetworkSettings.DNS_RESOLVER, NetworkSettings.LISTED_SERVERS);
        node.put(NetworkSettings.DNS_SERVERS, server);
        node.putInt(NetworkSettings.DNS_TIMEOUT, timeoutSeconds);
        node.putInt(NetworkSettings.DNS_RETRIES, retries);
        node.flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
    }
}
