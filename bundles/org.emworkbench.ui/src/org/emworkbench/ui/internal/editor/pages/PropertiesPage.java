/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.validation.PropertyCatalogue;
import org.emworkbench.validation.PropertyCatalogue.Kind;
import org.emworkbench.validation.PropertyCatalogue.KnownProperty;

/**
 * Client and server properties in tables edited in place. Keys complete from
 * the catalogue of well-known properties (Ctrl+Space, or just typing), and
 * choosing a well-known key fills the display name and description when
 * they are empty.
 */
public final class PropertiesPage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "properties";

    private final PropertyCatalogue catalogue = PropertyCatalogue.load();
    private ObjectTable clientTable;
    private ObjectTable serverTable;

    /** @param editor the editor */
    public PropertiesPage(DeploymentEditor editor) {
        super(editor, ID, "Properties");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.startsWith("/server/clientProperties") || objectPath.startsWith("/server/serverProperties");
    }

    @Override
    protected void createContent(FormToolkit toolkit, Composite body) {
        columns(body, 1);
        OwnerSource server = OwnerSource.path(editor::deployment, Literals.DEPLOYMENT__SERVER);
        Composite client = section(toolkit, body, "Client Properties",
                "Sent to Secure Hub and MDX apps (Settings > Client Properties). Values are text as the server "
                        + "stores them, e.g. true. Press Ctrl+Space on a key for the well-known ones.", 1);
        clientTable = track(new ObjectTable(editor, toolkit, client, server,
                Literals.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES, false, List.of(
                        ObjectTable.Column.of("Key", Literals.CLIENT_PROPERTY__KEY, 230)
                                .withProposals(new KeyProposals(catalogue.client()))
                                .withFollowUp((row, key) -> completion(row, Kind.CLIENT, key,
                                        Literals.CLIENT_PROPERTY__DISPLAY_NAME, Literals.CLIENT_PROPERTY__DESCRIPTION)),
                        ObjectTable.Column.of("Value", Literals.CLIENT_PROPERTY__VALUE, 200),
                        ObjectTable.Column.of("Display name", Literals.CLIENT_PROPERTY__DISPLAY_NAME, 200),
                        ObjectTable.Column.of("Description", Literals.CLIENT_PROPERTY__DESCRIPTION, 260),
                        ObjectTable.Column.of("Predefined", Literals.CLIENT_PROPERTY__PREDEFINED, 80))))
                .adding(this::newClientProperty);

        Composite serverClient = section(toolkit, body, "Server Properties",
                "Settings of the server itself (Settings > Server Properties); changes take effect after all "
                        + "server nodes restart.", 1);
        serverTable = track(new ObjectTable(editor, toolkit, serverClient, server,
                Literals.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES, false, List.of(
                        ObjectTable.Column.of("Name", Literals.SERVER_PROPERTY__NAME, 260)
                                .withProposals(new KeyProposals(catalogue.server()))
                                .withFollowUp((row, name) -> completion(row, Kind.SERVER, name,
                                        Literals.SERVER_PROPERTY__DISPLAY_NAME, Literals.SERVER_PROPERTY__DESCRIPTION)),
                        ObjectTable.Column.of("Value", Literals.SERVER_PROPERTY__VALUE, 170),
                        ObjectTable.Column.of("Display name", Literals.SERVER_PROPERTY__DISPLAY_NAME, 200),
                        ObjectTable.Column.of("Description", Literals.SERVER_PROPERTY__DESCRIPTION, 220),
                        ObjectTable.Column.of("Default", Literals.SERVER_PROPERTY__DEFAULT_VALUE, 90))))
                .adding(this::newServerProperty);
    }

    private Command completion(EObject row, Kind kind, Object key, EAttribute displayName, EAttribute description) {
        KnownProperty known = key instanceof String text ? catalogue.find(kind, text).orElse(null) : null;
        if (known == null) {
            return null;
        }
        CompoundCommand fill = new CompoundCommand();
        if (isBlank(row.eGet(displayName)) && !known.displayName().isEmpty()) {
            fill.append(SetCommand.create(editor.getEditingDomain(), row, displayName, known.displayName()));
        }
        if (isBlank(row.eGet(description)) && !known.description().isEmpty()) {
            fill.append(SetCommand.create(editor.getEditingDomain(), row, description, known.description()));
        }
        return fill.isEmpty() ? null : fill.unwrap();
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private EObject newClientProperty() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        EndpointManagementServer server = editor.deployment().getServer();
        property.setKey(Names.unique("NEW_PROPERTY", server == null ? List.of()
                : server.getClientProperties().stream().map(ClientProperty::getKey).toList()));
        return property;
    }

    private EObject newServerProperty() {
        ServerProperty property = DeploymentFactory.eINSTANCE.createServerProperty();
        EndpointManagementServer server = editor.deployment().getServer();
        property.setName(Names.unique("new.property", server == null ? List.of()
                : server.getServerProperties().stream().map(ServerProperty::getName).toList()));
        return property;
    }

    @Override
    public void reveal(EObject object) {
        EObject row = enclosing(object, ClientProperty.class, ServerProperty.class);
        if (row instanceof ClientProperty) {
            clientTable.select(row);
            clientTable.getViewer().getControl().setFocus();
        } else if (row instanceof ServerProperty) {
            serverTable.select(row);
            serverTable.getViewer().getControl().setFocus();
        }
    }

    /** @return the client properties table */
    public ObjectTable getClientTable() {
        return clientTable;
    }
}
