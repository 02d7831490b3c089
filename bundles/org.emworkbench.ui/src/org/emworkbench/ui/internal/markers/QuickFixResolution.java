/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelSaveException;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.ui.internal.editor.RecordedChange;
import org.emworkbench.validation.RuleDiagnostic;

/**
 * Applies a rule's quick fix. When an editor has the file open, the fix is a
 * command on its command stack: it can be undone, and the user saves it with
 * the rest of their changes. Otherwise the fix goes to the file, which is
 * saved atomically (the previous version stays as {@code .bak}); validation
 * then runs again. In the Quick Fix dialog it offers to fix the other
 * problems of the same rule too, each with its own fix.
 */
final class QuickFixResolution extends WorkbenchMarkerResolution {

    private final IMarker origin;
    private final String ruleId;
    private final String description;

    QuickFixResolution(IMarker origin, String ruleId, String description) {
        this.origin = origin;
        this.ruleId = ruleId;
        this.description = description;
    }

    @Override
    public String getLabel() {
        return description.substring(0, 1).toUpperCase() + description.substring(1);
    }

    @Override
    public String getDescription() {
        if (origin.getResource() instanceof IFile file && OpenDeploymentEditors.find(file) != null) {
            return description + " in the open editor (Edit > Undo takes it back)";
        }
        return description + " and save the model (the previous version is kept as .bak)";
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        List<IMarker> others = new ArrayList<>();
        for (IMarker marker : markers) {
            if (!marker.equals(origin) && ruleId.equals(marker.getAttribute(ProblemMarkers.RULE_ID, null))
                    && !QuickFixResolutions.fixesFor(marker).isEmpty()) {
                others.add(marker);
            }
        }
        return others.toArray(IMarker[]::new);
    }

    @Override
    public void run(IMarker problem) {
        List<RuleDiagnostic> fixes = QuickFixResolutions.fixesFor(problem);
        // The problem it was offered for gets the fix chosen; another problem of the rule gets its own.
        RuleDiagnostic fix = fixes.stream()
                .filter(candidate -> !problem.equals(origin) || candidate.getQuickFix().description().equals(description))
                .findFirst().orElse(null);
        if (fix == null) {
            return;
        }
        IFile file = (IFile) problem.getResource();
        DeploymentEditor editor = OpenDeploymentEditors.find(file);
        if (editor != null && fix.getObject().eResource() == editor.getModel()) {
            editor.execute(new RecordedChange(editor.getModel(), fix.getQuickFix().description(),
                    fix.getQuickFix()::apply));
            return;
        }
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
    }
}
