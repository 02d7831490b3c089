/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.validation.settings.DirectorySettings;

/**
 * How a host application lets EMW reach a model's directory: the user's
 * directory settings, where bind passwords come from, and what the user said
 * instead of the model (another server, bind DN or credential reference, e.g.
 * on the command line). It holds no password.
 * <p>
 * The online rule SSO-019 takes it from the validation run's environment:
 * {@code ValidationOptions.withEnvironment(DirectoryAccess.class, access)};
 * without one it uses {@link #DEFAULTS}. {@code emw ldap-preview} builds its
 * endpoint the same way, so both reach the same server for the same options.
 * </p>
 * Immutable; the {@code with…} methods return changed copies.
 *
 * @since 0.1
 */
public final class DirectoryAccess {

    /** The default settings, passwords from {@code env:} references only, nothing overridden. */
    public static final DirectoryAccess DEFAULTS = new DirectoryAccess(DirectorySettings.DEFAULTS,
            BindCredentials.environment(), null, null, null);

    private final DirectorySettings settings;
    private final BindCredentials credentials;
    private final LdapUrl server;
    private final String bindDn;
    private final CredentialReference credential;

    private DirectoryAccess(DirectorySettings settings, BindCredentials credentials, LdapUrl server, String bindDn,
            CredentialReference credential) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.server = server;
        this.bindDn = bindDn;
        this.credential = credential;
    }

    /**
     * @param settings    the user's directory preferences (TLS default, trust store, timeouts, page size)
     * @param credentials where bind passwords come from
     * @return access to the model's own servers
     */
    public static DirectoryAccess of(DirectorySettings settings, BindCredentials credentials) {
        return new DirectoryAccess(settings, credentials, null, null, null);
    }

    /**
     * @param url the server to use instead of the model's: its host, port and
     *            protection, and its base DN when the URL carries one
     * @return this access with that server
     */
    public DirectoryAccess withServer(LdapUrl url) {
        return new DirectoryAccess(settings, credentials, Objects.requireNonNull(url, "url"), bindDn, credential);
    }

    /**
     * @param dn the account to bind as instead of the model's
     * @return this access with that account
     */
    public DirectoryAccess withBindDn(String dn) {
        return new DirectoryAccess(settings, credentials, server,
                dn == null || dn.isBlank() ? null : dn.strip(), credential);
    }

    /**
     * @param reference where the bind password is kept, instead of the model's reference
     * @return this access with that reference
     */
    public DirectoryAccess withCredential(CredentialReference reference) {
        return new DirectoryAccess(settings, credentials, server, bindDn, reference);
    }

    /** @return the user's directory preferences */
    public DirectorySettings settings() {
        return settings;
    }

    /** @return where bind passwords come from */
    public BindCredentials credentials() {
        return credentials;
    }

    /** @return the server used instead of the model's, if any */
    public Optional<LdapUrl> server() {
        return Optional.ofNullable(server);
    }

    /**
     * The endpoint for a model's directory. The model's first LDAP server
     * gives host, port, TLS mode, base DN, bind DN and credential reference;
     * what this access overrides replaces them (a server URL without a base DN
     * keeps the model's). Trust store, timeouts and page size come from the
     * settings.
     *
     * @param directory the model's directory, or {@code null} when it has none
     * @return the endpoint
     * @throws IllegalArgumentException with a sentence saying what is missing:
     *                                  no server anywhere, or a bind DN without a credential reference
     */
    public DirectoryEndpoint endpoint(Directory directory) {
        LdapServer modelServer = directory == null || directory.getLdapServers().isEmpty() ? null
                : directory.getLdapServers().get(0);
        String dn = bindDn != null ? bindDn
                : modelServer == null || modelServer.getBindDn() == null || modelServer.getBindDn().isBlank() ? null
                        : modelServer.getBindDn();
        CredentialReference reference = credential != null ? credential
                : modelServer == null ? null : modelServer.getBindCredential();
        if (dn != null && reference == null) {
            throw new IllegalArgumentException("the bind DN " + dn + " has no bind credential reference: name where"
                    + " its password is kept, e.g. env:EMW_LDAP_PASSWORD");
        }
        DirectoryEndpoint endpoint;
        if (server != null) {
            endpoint = server.endpoint(settings);
            if (server.baseDn().isEmpty() && modelServer != null) {
                endpoint = endpoint.withBaseDn(modelServer.getBaseDn());
            }
        } else if (modelServer != null) {
            // A detached copy without the bind: the model's account is applied below, overrides included.
            LdapServer anonymous = EcoreUtil.copy(modelServer);
            anonymous.setBindDn(null);
            anonymous.setBindCredential(null);
            endpoint = DirectoryEndpoint.of(anonymous, settings);
        } else {
            throw new IllegalArgumentException("the model names no LDAP server (Directory > LDAP servers) and no"
                    + " server was given instead");
        }
        return dn == null ? endpoint : endpoint.withBind(dn, reference);
    }

    /** @return what is overridden; never a password (this object holds none) */
    @Override
    public String toString() {
        return "DirectoryAccess[" + (server == null ? "the model's server" : server) + ", bind "
                + (bindDn == null ? "the model's" : bindDn) + " with " + (credential == null ? "the model's" : credential)
                + "]";
    }
}
