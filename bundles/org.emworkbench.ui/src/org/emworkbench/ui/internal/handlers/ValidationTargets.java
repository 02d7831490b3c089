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
 * What the validation commands validate: the model files selected in the
 * Project Explorer, each through its open editor where there is one; without
 * such a selection, the active deployment editor.
 *
 * @param file   the model file the markers go on; {@code null} for an editor of a file outside the workspace
 * @param editor the open editor of the file, or {@code null}
 */
record ValidationTargets(IFile file, DeploymentEditor editor) {

    /**
     * @param event the command's event
     * @return the models to validate, perhaps none
     */
    static List<ValidationTargets> of(ExecutionEvent event) {
        List<IFile> files = selectedModels(HandlerUtil.getCurrentSelection(event));
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (files.isEmpty() && active instanceof DeploymentEditor editor) {
            return List.of(new ValidationTargets(editor.getWorkspaceFile(), editor));
        }
        return files.stream().map(file -> new ValidationTargets(file, OpenDeploymentEditors.find(file))).toList();
    }

    /** Runs the offline rules on what the editor shows, or on the file. */
    void validateOffline() {
        if (editor != null) {
            editor.getLiveValidation().validateNow();
        } else {
            new ValidationJob(file).schedule();
        }
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
