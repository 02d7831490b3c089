/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution2;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelSaveException;
import org.emworkbench.validation.RuleDiagnostic;

/**
 * Applies one rule's quick fix to the model file and saves it atomically (the
 * previous version stays as {@code .bak}); open editors reload the file and
 * validation runs again.
 */
final class QuickFixResolution implements IMarkerResolution2 {

    private final String description;

    QuickFixResolution(String description) {
        this.description = description;
    }

    @Override
    public String getLabel() {
        return description.substring(0, 1).toUpperCase() + description.substring(1);
    }

    @Override
    public String getDescription() {
        return description + " and save the model (the previous version is kept as .bak)";
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker problem) {
        IFile file = (IFile) problem.getResource();
        for (RuleDiagnostic fix : QuickFixResolutions.fixesFor(problem)) {
            if (fix.getQuickFix().description().equals(description)) {
                fix.getQuickFix().apply();
                try {
                    DeploymentFiles.save(fix.getObject().eResource(), file.getLocation().toPath());
                    file.refreshLocal(IResource.DEPTH_ZERO, null);
                } catch (ModelSaveException | CoreException e) {
                    ILog.of(getClass()).log(Status.error("Quick fix failed: " + e.getMessage(), e));
                    Display display = Display.getCurrent();
                    if (display != null) {
                        MessageDialog.openError(display.getActiveShell(), "Quick Fix", e.getMessage());
                    }
                }
                return;
            }
        }
    }
}
