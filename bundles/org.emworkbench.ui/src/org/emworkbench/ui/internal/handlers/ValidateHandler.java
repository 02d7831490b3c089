/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.ui.internal.markers.ValidationJob;

/**
 * Deployment > Validate: runs the offline rules now, on what the active
 * deployment editor shows, or on the model files selected in the Project
 * Explorer (through their open editor where there is one). Validation runs
 * in a job; its findings replace the files' problem markers.
 */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        List<IFile> files = selectedModels(selection);
        if (files.isEmpty() && active instanceof DeploymentEditor editor) {
            editor.getLiveValidation().validateNow();
            return null;
        }
        for (IFile file : files) {
            DeploymentEditor editor = OpenDeploymentEditors.find(file);
            if (editor != null) {
                editor.getLiveValidation().validateNow();
            } else {
                new ValidationJob(file).schedule();
            }
        }
        return null;
    }

    private static List<IFile> selectedModels(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && DeploymentFiles.FILE_EXTENSION.equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
