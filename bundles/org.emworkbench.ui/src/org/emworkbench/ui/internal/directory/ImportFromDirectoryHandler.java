/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * Deployment > Import from Directory: opens the import dialog on the model
 * of the active deployment editor, with the bind password from where the
 * model's reference points (asked for when it is not there).
 */
public final class ImportFromDirectoryHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.emworkbench.ui.importFromDirectory";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ImportDirectoryDialog dialog = dialogFor(HandlerUtil.getActiveShellChecked(event),
                HandlerUtil.getActiveEditor(event));
        if (dialog != null) {
            dialog.open();
        }
        return null;
    }

    /**
     * The import dialog for the model of an editor, with the bind password at
     * hand (asked for when it is not where the model says); when there can be
     * none, a message says why.
     *
     * @param shell  the parent shell
     * @param editor the active editor
     * @return the dialog, not yet open; {@code null} when there is no model, no usable LDAP server, or the
     *         user cancelled the password dialog
     */
    public static ImportDirectoryDialog dialogFor(Shell shell, IEditorPart editor) {
        ModelDirectory access = ModelDirectory.of(editor);
        if (access == null) {
            MessageDialog.openInformation(shell, ImportDirectoryDialog.TITLE,
                    "Open a deployment model first: users and groups are imported into it.");
            return null;
        }
        if (access.problem() != null) {
            MessageDialog.openError(shell, ImportDirectoryDialog.TITLE, access.problem() + ".");
            return null;
        }
        ModelDirectory.Credentials credentials;
        try {
            credentials = access.credentials(shell);
        } catch (StorageException e) {
            MessageDialog.openError(shell, ImportDirectoryDialog.TITLE,
                    "Secure storage cannot be opened: " + e.getMessage());
            return null;
        }
        return credentials == null ? null
                : new ImportDirectoryDialog(shell, (DeploymentEditor) editor, access, credentials);
    }
}
