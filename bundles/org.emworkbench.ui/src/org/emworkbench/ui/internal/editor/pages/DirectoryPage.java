/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * The directory the server reads users from: its LDAP servers (whose bind
 * passwords live in secure storage, never in the model), which attributes
 * are read, and personas, the test users whose attributes the rules and
 * later checks compare.
 */
public final class DirectoryPage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "directory";

    private ObjectTable servers;
    private ObjectTable personas;

    /** @param editor the editor */
    public DirectoryPage(DeploymentEditor editor) {
        super(editor, ID, "Directory & Personas");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.startsWith("/directory");
    }

    @Override
    protected void createContent(FormToolkit toolkit, Composite body) {
        columns(body, 1);
        OwnerSource directory = OwnerSource.path(editor::deployment, Literals.DEPLOYMENT__DIRECTORY);
        Composite settings = section(toolkit, body, "Directory",
                "How the server finds users and which of their attributes it reads.", 2);
        track(new AttributeField(editor, toolkit, settings, "User search attribute:",
                Literals.DIRECTORY__USER_SEARCH_ATTRIBUTE, directory));
        track(new AttributeField(editor, toolkit, settings, "User attributes:", Literals.DIRECTORY__USER_ATTRIBUTES,
                directory, SWT.SINGLE));

        Composite ldap = section(toolkit, body, "LDAP Servers",
                "Bind passwords are kept in secure storage on this computer; the model only names where "
                        + "(secure-storage:/...) or which environment variable the command line reads (env:NAME).",
                1);
        servers = track(new ObjectTable(editor, toolkit, ldap, directory, Literals.DIRECTORY__LDAP_SERVERS, false,
                List.of(ObjectTable.Column.of("Host", Literals.LDAP_SERVER__HOST, 170),
                        ObjectTable.Column.of("Port", Literals.LDAP_SERVER__PORT, 60),
                        ObjectTable.Column.of("TLS", Literals.LDAP_SERVER__TLS_MODE, 80),
                        ObjectTable.Column.of("Base DN", Literals.LDAP_SERVER__BASE_DN, 170),
                        ObjectTable.Column.of("Bind DN", Literals.LDAP_SERVER__BIND_DN, 200),
                        ObjectTable.Column.of("Password kept in", Literals.LDAP_SERVER__BIND_CREDENTIAL, 220))))
                .adding(this::newServer);
        new BindPasswordButton(editor, toolkit, servers);

        Composite people = section(toolkit, body, "Personas",
                "Test users: what the directory should say about them. Groups are separated by ;.", 1);
        personas = track(new ObjectTable(editor, toolkit, people, directory, Literals.DIRECTORY__PERSONAS, false,
                List.of(ObjectTable.Column.of("Display name", Literals.PERSONA__DISPLAY_NAME, 150),
                        ObjectTable.Column.of("Mail", Literals.PERSONA__MAIL, 180),
                        ObjectTable.Column.of("userPrincipalName", Literals.PERSONA__USER_PRINCIPAL_NAME, 180),
                        ObjectTable.Column.of("sAMAccountName", Literals.PERSONA__SAM_ACCOUNT_NAME, 120),
                        ObjectTable.Column.of("Expected groups", Literals.PERSONA__EXPECTED_GROUPS, 220))))
                .adding(this::newPersona);
    }

    private EObject newServer() {
        LdapServer server = DeploymentFactory.eINSTANCE.createLdapServer();
        Directory directory = editor.deployment().getDirectory();
        server.setHost(Names.unique("dc.example.com", directory == null ? List.of()
                : directory.getLdapServers().stream().map(LdapServer::getHost).toList()));
        return server;
    }

    private EObject newPersona() {
        Persona persona = DeploymentFactory.eINSTANCE.createPersona();
        Directory directory = editor.deployment().getDirectory();
        persona.setMail(Names.unique("user@example.com", directory == null ? List.of()
                : directory.getPersonas().stream().map(Persona::getMail).toList()));
        return persona;
    }

    @Override
    public void reveal(EObject object) {
        EObject current = enclosing(object, LdapServer.class, Persona.class);
        if (current instanceof LdapServer) {
            servers.select(current);
        } else if (current instanceof Persona) {
            personas.select(current);
        }
    }
}
