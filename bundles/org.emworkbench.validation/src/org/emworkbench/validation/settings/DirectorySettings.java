/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.settings;

import java.time.Duration;
import java.util.Objects;

import org.osgi.service.prefs.Preferences;

/**
 * Defaults for connecting to an LDAP directory, used where a model's LDAP
 * server does not say otherwise. Bind passwords are never part of these
 * settings: a model names them by reference, and the workbench keeps them in
 * Equinox secure storage.
 * <p>
 * Stored in the node {@link SettingsNode#QUALIFIER} under these keys (timeouts
 * in whole seconds):
 * </p>
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>{@value #PORT}</td><td>1 to 65535</td><td>636</td></tr>
 * <tr><td>{@value #TLS}</td><td>{@code none}, {@code ldaps} or {@code startTls}</td><td>{@code ldaps}</td></tr>
 * <tr><td>{@value #CONNECT_TIMEOUT}</td><td>1 to 300</td><td>10</td></tr>
 * <tr><td>{@value #RESPONSE_TIMEOUT}</td><td>1 to 600</td><td>30</td></tr>
 * <tr><td>{@value #PAGE_SIZE}</td><td>1 to 100000</td><td>500</td></tr>
 * <tr><td>{@value #TRUST_STORE}</td><td>a trust store file; empty for the JDK's own</td><td>empty</td></tr>
 * </table>
 *
 * @param port            the port to connect to
 * @param tls             how the connection is protected
 * @param connectTimeout  how long a connection may take to open
 * @param responseTimeout how long one response may take to arrive
 * @param pageSize        how many entries to ask for per page of a search
 * @param trustStore      the trust store file, or an empty string for the JDK's own
 * @since 0.1
 */
public record DirectorySettings(int port, Tls tls, Duration connectTimeout, Duration responseTimeout, int pageSize,
        String trustStore) {

    /** How an LDAP connection is protected. */
    public enum Tls {
        /** Plain LDAP: the bind password crosses the network readable. */
        NONE("none"),
        /** TLS from the first byte, normally on port 636. */
        LDAPS("ldaps"),
        /** Plain LDAP upgraded by the StartTLS operation before binding, normally on port 389. */
        START_TLS("startTls");

        private final String key;

        Tls(String key) {
            this.key = key;
        }

        /** @return the stored value: {@code none}, {@code ldaps} or {@code startTls} */
        public String key() {
            return key;
        }

        /**
         * @param key a stored value, in any case
         * @return the mode, or {@code null} when the value names none
         */
        public static Tls ofKey(String key) {
            for (Tls tls : values()) {
                if (tls.key.equalsIgnoreCase(key)) {
                    return tls;
                }
            }
            return null;
        }
    }

    /** Key: the port. */
    public static final String PORT = "directory.port";
    /** Key: the TLS mode. */
    public static final String TLS = "directory.tls";
    /** Key: seconds a connection may take to open. */
    public static final String CONNECT_TIMEOUT = "directory.connectTimeoutSeconds";
    /** Key: seconds one response may take. */
    public static final String RESPONSE_TIMEOUT = "directory.responseTimeoutSeconds";
    /** Key: entries per page of a search. */
    public static final String PAGE_SIZE = "directory.pageSize";
    /** Key: the trust store file. */
    public static final String TRUST_STORE = "directory.trustStore";

    /** Largest connect timeout in seconds. */
    public static final int MAX_CONNECT_TIMEOUT = 300;
    /** Largest response timeout in seconds. */
    public static final int MAX_RESPONSE_TIMEOUT = 600;
    /** Largest page size; directories cap pages far lower (Active Directory at 1000 by default). */
    public static final int MAX_PAGE_SIZE = 100_000;

    /** The settings of a fresh workspace: LDAPS on 636, 10 s to connect, 30 s per response, pages of 500. */
    public static final DirectorySettings DEFAULTS = new DirectorySettings(636, Tls.LDAPS, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 500, "");

    /** Checks the arguments. */
    public DirectorySettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        Objects.requireNonNull(trustStore, "trustStore");
    }

    /**
     * Reads the settings; a missing or unusable value is replaced by its default.
     *
     * @param node the node holding the keys, normally the instance scope's {@link SettingsNode#QUALIFIER}
     * @return the settings
     */
    public static DirectorySettings read(Preferences node) {
        Tls tls = Tls.ofKey(node.get(TLS, DEFAULTS.tls.key()));
        return new DirectorySettings(SettingsNode.intIn(node, PORT, DEFAULTS.port, 1, 65535),
                tls == null ? DEFAULTS.tls : tls,
                Duration.ofSeconds(SettingsNode.intIn(node, CONNECT_TIMEOUT, (int) DEFAULTS.connectTimeout.toSeconds(),
                        1, MAX_CONNECT_TIMEOUT)),
                Duration.ofSeconds(SettingsNode.intIn(node, RESPONSE_TIMEOUT,
                        (int) DEFAULTS.responseTimeout.toSeconds(), 1, MAX_RESPONSE_TIMEOUT)),
                SettingsNode.intIn(node, PAGE_SIZE, DEFAULTS.pageSize, 1, MAX_PAGE_SIZE),
                node.get(TRUST_STORE, DEFAULTS.trustStore).strip());
    }

    /**
     * Writes these settings under the documented keys, e.g. as the defaults of
     * a scope. Does not flush.
     *
     * @param node the node to write to
     */
    public void writeTo(Preferences node) {
        node.putInt(PORT, port);
        node.put(TLS, tls.key());
        node.putInt(CONNECT_TIMEOUT, (int) connectTimeout.toSeconds());
        node.putInt(RESPONSE_TIMEOUT, (int) responseTimeout.toSeconds());
        node.putInt(PAGE_SIZE, pageSize);
        node.put(TRUST_STORE, trustStore);
    }
}
