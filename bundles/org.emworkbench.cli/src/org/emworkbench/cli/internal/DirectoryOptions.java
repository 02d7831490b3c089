/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.BindSecret;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.LdapUrl;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.CredentialReference.Store;
import org.emworkbench.validation.settings.DirectorySettings;

/**
 * The options that say how to reach the directory, shared by
 * {@code emw ldap-preview} and {@code emw validate --online}. Each replaces
 * what the model's first LDAP server says; none of them is a password.
 *
 * @param server       {@code --ldap-url}, with {@code --start-tls} applied, or {@code null} for the model's
 * @param bindDn       {@code --bind-dn}, or {@code null} for the model's
 * @param passwordEnv  {@code --password-env}, or {@code null} for the model's credential reference
 * @param passwordFile {@code --password-file}, or {@code null}
 * @param trustStore   {@code --trust-store}, or {@code null} for the JDK's trusted CAs
 * @param timeout      {@code --timeout} (to connect, and per answer), or {@code null} for the defaults
 */
record DirectoryOptions(LdapUrl server, String bindDn, CredentialReference passwordEnv, Path passwordFile,
        Path trustStore, Duration timeout) {

    /** The option without a value. */
    static final String START_TLS = "--start-tls";

    /** The options with a value, each with an example for the message when the value is missing. */
    static final Map<String, String> EXAMPLES = Map.of(
            "--ldap-url", "an LDAP URL, e.g. --ldap-url ldap://127.0.0.1:389 or ldaps://dc1.contoso.com/DC=contoso,DC=com",
            "--bind-dn", "a DN, e.g. --bind-dn 'CN=svc-emm,OU=Service Accounts,DC=contoso,DC=com'",
            "--password-env", "the name of an environment variable, e.g. --password-env EMW_LDAP_PASSWORD",
            "--password-file", "a file whose first line is the password, e.g. --password-file ldap-password.txt",
            "--trust-store", "a JKS or PKCS12 file of trusted CA certificates, e.g. --trust-store contoso-ca.p12",
            "--timeout", "seconds to connect and to wait for each answer, e.g. --timeout 10");

    /** How the options are listed in messages. */
    static final String LIST = "--ldap-url URL, --start-tls, --bind-dn DN, --password-env VAR, --password-file FILE, "
            + "--trust-store FILE, --timeout SECONDS";

    /** @return whether any option was given */
    boolean given() {
        return server != null || bindDn != null || passwordEnv != null || passwordFile != null || trustStore != null
                || timeout != null;
    }

    /**
     * The access these options describe: the user's settings (the defaults,
     * with the trust store and timeout given), passwords from the password
     * file when one is given, else from the environment, and the overrides.
     *
     * @param environment the process environment
     * @return the access
     */
    DirectoryAccess access(UnaryOperator<String> environment) {
        DirectorySettings defaults = DirectorySettings.DEFAULTS;
        DirectorySettings settings = new DirectorySettings(defaults.port(), defaults.tls(),
                timeout == null ? defaults.connectTimeout() : timeout,
                timeout == null ? defaults.responseTimeout() : timeout, defaults.pageSize(),
                trustStore == null ? defaults.trustStore() : trustStore.toString());
        BindCredentials credentials = passwordFile != null ? BindCredentials.file(passwordFile)
                : BindCredentials.environment(environment).orElse(DirectoryOptions::notInSecureStorage);
        DirectoryAccess access = DirectoryAccess.of(settings, credentials).withBindDn(bindDn);
        if (server != null) {
            access = access.withServer(server);
        }
        return passwordEnv == null ? access : access.withCredential(passwordEnv);
    }

    /** The command line has no secure storage: a model whose password is kept there needs another source. */
    private static BindSecret notInSecureStorage(CredentialReference reference, String server)
            throws DirectoryException {
        if (reference.store() != Store.SECURE_STORAGE) {
            return null;
        }
        throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server, "the model keeps the bind password in the"
                + " workbench's secure storage (" + reference + "), which emw does not read", null);
    }

    /** Collects the options while a command's arguments are read. */
    static final class Parser {
        private String url;
        private boolean startTls;
        private String bindDn;
        private String passwordEnv;
        private String passwordFile;
        private String trustStore;
        private String timeout;

        /**
         * @param option an option of {@link #EXAMPLES}
         * @param value  its value, not empty
         * @throws UsageException when it is given twice
         */
        void value(String option, String value) throws UsageException {
            switch (option) {
                case "--ldap-url" -> url = once(option, url, value);
                case "--bind-dn" -> bindDn = once(option, bindDn, value);
                case "--password-env" -> passwordEnv = once(option, passwordEnv, value);
                case "--password-file" -> passwordFile = once(option, passwordFile, value);
                case "--trust-store" -> trustStore = once(option, trustStore, value);
                case "--timeout" -> timeout = once(option, timeout, value);
                default -> throw new IllegalArgumentException(option);
            }
        }

        /** Notes {@link DirectoryOptions#START_TLS}. */
        void startTls() {
            startTls = true;
        }

        /**
         * @return the options, checked
         * @throws UsageException with what to type instead
         */
        DirectoryOptions done() throws UsageException {
            if (passwordEnv != null && passwordFile != null) {
                throw new UsageException("--password-env and --password-file both name the password; give one");
            }
            if (startTls && url == null) {
                throw new UsageException("--start-tls applies to the server of --ldap-url ldap://HOST:PORT; the"
                        + " model's servers have their own TLS mode");
            }
            return new DirectoryOptions(server(), bindDn, variable(), file("--password-file", passwordFile),
                    file("--trust-store", trustStore), seconds());
        }

        private LdapUrl server() throws UsageException {
            if (url == null) {
                return null;
            }
            try {
                LdapUrl parsed = LdapUrl.parse(url);
                return startTls ? parsed.withStartTls() : parsed;
            } catch (IllegalArgumentException e) {
                throw new UsageException("--ldap-url " + url + ": " + e.getMessage());
            }
        }

        private CredentialReference variable() throws UsageException {
            if (passwordEnv == null) {
                return null;
            }
            try {
                return CredentialReference.environment(passwordEnv);
            } catch (IllegalArgumentException e) {
                // The value is not repeated: a password typed here by mistake must not be echoed.
                throw new UsageException("--password-env takes the name of an environment variable (letters, digits"
                        + " and _), not the password itself, e.g. --password-env EMW_LDAP_PASSWORD");
            }
        }

        private Duration seconds() throws UsageException {
            if (timeout == null) {
                return null;
            }
            try {
                int value = Integer.parseInt(timeout.strip());
                if (value >= 1 && value <= DirectorySettings.MAX_RESPONSE_TIMEOUT) {
                    return Duration.ofSeconds(value);
                }
            } catch (NumberFormatException e) {
                // reported below with the range
            }
            throw new UsageException("--timeout " + timeout + ": expected a whole number of seconds from 1 to "
                    + DirectorySettings.MAX_RESPONSE_TIMEOUT);
        }

        private static Path file(String option, String name) throws UsageException {
            return name == null ? null : DiscoverArguments.readable(option, name);
        }

        private static String once(String option, String previous, String value) throws UsageException {
            if (previous != null) {
                throw new UsageException(option + " is given twice; give it once");
            }
            return value;
        }
    }
}
