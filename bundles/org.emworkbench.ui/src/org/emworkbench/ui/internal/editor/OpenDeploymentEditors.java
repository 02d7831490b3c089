/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Finds the deployment editor that has a file open, so that changes to the file go through it. */
public final class OpenDeploymentEditors {

    private OpenDeploymentEditors() {
    }

    /**
     * Must be called on the UI thread; returns {@code null} elsewhere.
     *
     * @param file a model file
     * @return the open editor that has read the file, or {@code null}
     */
    public static DeploymentEditor find(IFile file) {
        if (Display.getCurrent() == null || !PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (DeploymentEditor.ID.equals(reference.getId()) && opens(reference, file)
                            && reference.getEditor(false) instanceof DeploymentEditor editor
                            && editor.getModel() != null) {
                        return editor;
                    }
                }
            }
        }
        return null;
    }

    private static boolean opens(IEditorReference reference, IFile file) {
        try {
            return reference.getEditorInput() instanceof IFileEditorInput input && file.equals(input.getFile());
        } catch (PartInitException e) {
            return false;
        }
    }
}
