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
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;

/**
 * Offers the quick fixes of EMW's rules in the Problems view (Quick Fix, Ctrl+1),
 * the same fixes {@code emw fix} applies. A problem's fixes are found by
 * validating the model and matching rule id and object path: the model an
 * open editor shows, or else the file as it is on disk.
 */
public final class QuickFixResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !fixesFor(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fixesFor(marker).stream()
                .map(fix -> new QuickFixResolution(marker, fix.getRuleId(), fix.getQuickFix().description()))
                .toArray(IMarkerResolution[]::new);
    }

    /**
     * @param marker an EMW problem marker
     * @return the findings of a fresh validation of its model that match the
     *         marker and offer a fix; they belong to the model of the editor
     *         that has the file open, or to a model read just now
     */
    static List<RuleDiagnostic> fixesFor(IMarker marker) {
        String ruleId = marker.getAttribute(ProblemMarkers.RULE_ID, null);
        String path = marker.getAttribute(ProblemMarkers.OBJECT_PATH, null);
        if (ruleId == null || path == null || !(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
            return List.of();
        }
        DeploymentEditor editor = OpenDeploymentEditors.find(file);
        Resource model;
        try {
            model = editor != null ? editor.getModel() : DeploymentFiles.load(file.getLocation().toPath());
        } catch (ModelLoadException e) {
            return List.of();
        }
        List<RuleDiagnostic> fixes = new ArrayList<>();
        Diagnostic result = new ValidationEngine(RuleRegistry.fromPlatform().rules().stream()
                .filter(rule -> rule.id().equals(ruleId)).toList()).validate(model);
        for (Diagnostic finding : result.getChildren()) {
            if (finding instanceof RuleDiagnostic rule && rule.getQuickFix() != null && path.equals(rule.getObjectPath())) {
                fixes.add(rule);
            }
        }
        return fixes;
    }
}
