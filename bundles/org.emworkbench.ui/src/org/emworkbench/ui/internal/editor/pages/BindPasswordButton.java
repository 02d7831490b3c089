/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.ui.internal.credentials.BindPasswordDialog;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * "Set Bind Password..." next to the LDAP servers: asks for the selected
 * server's bind password and keeps it in secure storage. When the server
 * does not name a place in secure storage yet, one is proposed and the model
 * is changed to name it (an undoable command); the password itself never
 * reaches the model.
 */
final class BindPasswordButton {

    private final DeploymentEditor editor;
    private final ObjectTable servers;

    BindPasswordButton(DeploymentEditor editor, FormToolkit toolkit, ObjectTable servers) {
        this.editor = editor;
        this.servers = servers;
        Button button = servers.addButton(toolkit, "Set Bind Password...", this::setPassword);
        button.setEnabled(false);
        servers.onSelection(selected -> button.setEnabled(selected instanceof LdapServer));
    }

    private void setPassword() {
        if (!(servers.selected() instanceof LdapServer server)) {
            return;
        }
        CredentialReference reference = server.getBindCredential();
        if (reference != null && reference.store() == CredentialReference.Store.ENVIRONMENT) {
            MessageDialog.openInformation(editor.getSite().getShell(), "Set Bind Password",
                    "The password of " + label(server) + " is read from the environment variable "
                            + reference.name() + ", as the command line does. To keep it in this computer's "
                            + "secure storage instead, clear the \"Password kept in\" cell first.");
            return;
        }
        CredentialReference target = reference != null ? reference
                : BindPasswords.proposeFor(server.getHost(), server.getPort());
        try {
            if (BindPasswordDialog.open(editor.getSite().getShell(), label(server), target) && reference == null) {
                editor.execute(SetCommand.create(editor.getEditingDomain(), server, Literals.LDAP_SERVER__BIND_CREDENTIAL,
                        target));
            }
        } catch (StorageException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Set Bind Password",
                    "Secure storage is not available: " + e.getMessage());
        }
    }

    private static String label(LdapServer server) {
        return server.getHost() + ":" + server.getPort();
    }
}
