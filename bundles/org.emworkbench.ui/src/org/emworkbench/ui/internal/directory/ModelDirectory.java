/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.BindSecret;
import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.ui.internal.credentials.BindPasswordDialog;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.SettingsNode;

/**
 * How the workbench reaches the directory of a model: the model's first
 * LDAP server with the user's Directory preferences, as
 * {@link DirectoryAccess} (the same resolution the command line and the online
 * rule SSO-019 use), and the bind password from where the model's reference
 * points (the environment, or Equinox secure storage), asking the user when it
 * is not there. Read on the UI thread, where the editor's model lives; the
 * parts handed to a job are copies.
 */
public final class ModelDirectory {

    private final String model;
    private final Deployment deployment;
    private final LdapServer server;
    private final DirectorySettings settings;
    private final DirectoryEndpoint endpoint;
    private final String problem;

    private ModelDirectory(String model, Deployment deployment, LdapServer server, DirectorySettings settings,
            DirectoryEndpoint endpoint, String problem) {
        this.model = model;
        this.deployment = deployment;
        this.server = server;
        this.settings = settings;
        this.endpoint = endpoint;
        this.problem = problem;
    }

    /**
     * @param editor an editor, or {@code null}
     * @return the access for its model, or {@code null} when it is not a deployment editor with a model read
     */
    public static ModelDirectory of(IEditorPart editor) {
        if (!(editor instanceof DeploymentEditor deploymentEditor) || deploymentEditor.deployment() == null) {
            return null;
        }
        return of(deploymentEditor.getPath().getFileName().toString(), deploymentEditor.deployment());
    }

    /**
     * @param model      the model file's name, for messages
     * @param deployment the model, or {@code null} when it could not be read
     * @return the access for the model, with the Directory preferences as they are now
     */
    public static ModelDirectory of(String model, Deployment deployment) {
        DirectorySettings settings;
        try {
            settings = DirectorySettings.read(InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER));
        } catch (IllegalArgumentException e) {
            return new ModelDirectory(model, deployment, null, DirectorySettings.DEFAULTS, null,
                    "The Directory preferences cannot be used: " + e.getMessage());
        }
        if (deployment == null) {
            return new ModelDirectory(model, null, null, settings, null, model + " cannot be read");
        }
        if (deployment.getDirectory() == null || deployment.getDirectory().getLdapServers().isEmpty()) {
            return new ModelDirectory(model, deployment, null, settings, null, model + " has no LDAP server; add one"
                    + " on the Directory & Personas page");
        }
        LdapServer server = deployment.getDirectory().getLdapServers().get(0);
        try {
            DirectoryEndpoint endpoint = DirectoryAccess.of(settings, BindCredentials.environment())
                    .endpoint(deployment.getDirectory());
            return new ModelDirectory(model, deployment, server, settings, endpoint, null);
        } catch (IllegalArgumentException e) {
            return new ModelDirectory(model, deployment, server, settings, null, "The first LDAP server of " + model
                    + " cannot be used: " + e.getMessage() + "; correct it on the Directory & Personas page");
        }
    }

    /**
     * @param credentials where this run's bind password comes from, see {@link #credentials(Shell)}
     * @return the access for online rules and previews: the Directory preferences with these credentials
     */
    public DirectoryAccess access(Credentials credentials) {
        return DirectoryAccess.of(settings, credentials.source());
    }

    /** @return the model's file name */
    String model() {
        return model;
    }

    /** @return the model, for reading on the UI thread; {@code null} when it could not be read */
    public Deployment deployment() {
        return deployment;
    }

    /** @return whether the model names personas, the users the directory's online rule looks up */
    public boolean hasPersonas() {
        return deployment != null && deployment.getDirectory() != null
                && !deployment.getDirectory().getPersonas().isEmpty();
    }

    /** @return why the directory cannot be reached from this model, or {@code null} when it can */
    public String problem() {
        return problem;
    }

    /** @return where to connect; {@code null} when {@link #problem()} says why not */
    DirectoryEndpoint endpoint() {
        return endpoint;
    }

    /** @return e.g. {@code dc1.contoso.com:636 (LDAPS), base DC=contoso,DC=com} */
    String describe() {
        if (endpoint == null) {
            return server == null ? "no LDAP server" : server.getHost() + ":" + server.getPort();
        }
        return endpoint.server() + " (" + endpoint.tls().key() + ")"
                + (endpoint.baseDn().isEmpty() ? "" : ", base " + endpoint.baseDn());
    }

    /** @return the parsed SEND_LDAP_ATTRIBUTES client property, or {@code null} when the model has none */
    SendLdapAttributes sendLdapAttributes() {
        if (deployment.getServer() == null) {
            return null;
        }
        for (ClientProperty property : deployment.getServer().getClientProperties()) {
            if (SendLdapAttributes.KEY.equals(property.getKey())) {
                return SendLdapAttributes.parse(property.getValue());
            }
        }
        return null;
    }

    /** @return what Secure Mail sends Exchange, by the model */
    CredentialPolicy policy() {
        return CredentialPolicy.of(deployment);
    }

    /** @return the addresses of the model's personas (mail, else UPN, else sAMAccountName), in model order */
    List<String> personaAddresses() {
        List<String> addresses = new ArrayList<>();
        if (deployment.getDirectory() != null) {
            for (Persona persona : deployment.getDirectory().getPersonas()) {
                String address = firstGiven(persona.getMail(), persona.getUserPrincipalName(),
                        persona.getSAMAccountName());
                if (address != null) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    /**
     * The bind password's source for one connection. When the password is
     * not where the model's reference points, the user is asked for it, and
     * may save it in secure storage when the reference points there.
     *
     * @param shell for the password dialog
     * @return the credentials, or {@code null} when the user cancelled the dialog
     * @throws StorageException when secure storage cannot be opened
     */
    public Credentials credentials(Shell shell) throws StorageException {
        if (endpoint == null || endpoint.bindDn() == null || endpoint.credential() == null) {
            return Credentials.environmentOnly();
        }
        CredentialReference reference = endpoint.credential();
        if (reference.store() == CredentialReference.Store.ENVIRONMENT) {
            String value = System.getenv(reference.name());
            if (value != null && !value.isEmpty()) {
                return Credentials.environmentOnly();
            }
            return ask(shell, reference, null);
        }
        BindPasswords passwords = BindPasswords.inDefaultStorage();
        if (passwords.contains(reference)) {
            return new Credentials(BindCredentials.secureStorage(path -> {
                try {
                    return passwords.read(CredentialReference.secureStorage(path));
                } catch (StorageException e) {
                    throw new IOException("secure storage could not decrypt the password", e);
                }
            }), null);
        }
        return ask(shell, reference, passwords);
    }

    private Credentials ask(Shell shell, CredentialReference reference, BindPasswords passwords) {
        BindPasswordDialog dialog = BindPasswordDialog.forOneRun(shell, endpoint.server(), reference, passwords);
        if (dialog.open() != Window.OK) {
            return null;
        }
        char[] typed = dialog.takePassword();
        return new Credentials((ref, name) -> BindSecret.of(typed), typed);
    }

    private static String firstGiven(String... values) {
        return Arrays.stream(values).filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }

    /**
     * A password source for one run; closing it overwrites a password the
     * user typed for this run.
     *
     * @param source the source
     * @param typed  the typed password, or {@code null} when it comes from the environment or secure storage
     */
    public record Credentials(BindCredentials source, char[] typed) implements AutoCloseable {

        /** @return passwords from the environment only ({@code env:} references); nothing to forget */
        public static Credentials environmentOnly() {
            return new Credentials(BindCredentials.environment(), null);
        }

        @Override
        public void close() {
            if (typed != null) {
                Arrays.fill(typed, '\0');
            }
        }

        /** @return a fixed text; never the password */
        @Override
        public String toString() {
            return "Credentials[" + (typed == null ? "stored" : "typed") + "]";
        }
    }
}
