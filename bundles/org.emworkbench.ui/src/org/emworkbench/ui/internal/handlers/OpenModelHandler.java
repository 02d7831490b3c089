/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.emworkbench.ui.internal.application.WorkspaceModels;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/** File &gt; Open Model...: picks model files anywhere on disk and opens them. */
public final class OpenModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Deployment Model");
        dialog.setFilterExtensions(new String[] { "*.emw", "*" });
        dialog.setFilterNames(new String[] { "Deployment models (*.emw)", "All files" });
        if (dialog.open() == null) {
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        for (String name : dialog.getFileNames()) {
            Path model = Path.of(dialog.getFilterPath(), name);
            try {
                IFile file = WorkspaceModels.link(model);
                IDE.openEditor(page, file, DeploymentEditor.ID, true);
            } catch (CoreException e) {
                throw new ExecutionException("Cannot open " + model + ": " + e.getStatus().getMessage(), e);
            }
        }
        return null;
    }
}
