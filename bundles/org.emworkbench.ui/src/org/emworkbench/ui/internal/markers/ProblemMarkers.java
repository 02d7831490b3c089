/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.markers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.validation.RuleDiagnostic;

/**
 * Turns validation results into problem markers on model files, replacing
 * the markers of the previous run. Callers hold the file's marker rule.
 */
public final class ProblemMarkers {

    /** The marker type of every EMW problem (a problem marker and a text marker). */
    public static final String TYPE = "org.emworkbench.ui.problem";
    /** Marker attribute: the id of the rule that reported the problem. */
    public static final String RULE_ID = "ruleId";
    /** Marker attribute: the path of the model object the problem is about. */
    public static final String OBJECT_PATH = "objectPath";
    /** The rule id given to a file that cannot be read at all. */
    public static final String UNREADABLE_FILE = "EMW-LOAD";

    private ProblemMarkers() {
    }

    /**
     * @param file       a model file
     * @param validation the result of the validation engine on its content
     * @throws CoreException if markers cannot be changed
     */
    public static void replace(IFile file, Diagnostic validation) throws CoreException {
        clear(file);
        for (Diagnostic finding : validation.getChildren()) {
            Map<String, Object> attributes = new HashMap<>();
            String ruleId = finding instanceof RuleDiagnostic rule ? rule.getRuleId() : finding.getSource();
            String path = finding instanceof RuleDiagnostic rule ? rule.getObjectPath() : "/";
            attributes.put(IMarker.SEVERITY, markerSeverity(finding.getSeverity()));
            String hint = finding instanceof RuleDiagnostic rule && rule.getFixHint() != null
                    ? "; " + rule.getFixHint() : "";
            attributes.put(IMarker.MESSAGE, ruleId + ": " + finding.getMessage() + hint);
            attributes.put(IMarker.LOCATION, path);
            attributes.put(RULE_ID, ruleId);
            attributes.put(OBJECT_PATH, path);
            file.createMarker(TYPE, attributes);
        }
    }

    /**
     * @param file    a model file that cannot be read
     * @param problem why, with the line where known
     * @throws CoreException if markers cannot be changed
     */
    public static void replace(IFile file, ModelLoadException problem) throws CoreException {
        clear(file);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(IMarker.MESSAGE, "The model cannot be read: " + problem.getReason());
        attributes.put(RULE_ID, UNREADABLE_FILE);
        if (problem.getLine() > 0) {
            attributes.put(IMarker.LINE_NUMBER, problem.getLine());
            attributes.put(IMarker.LOCATION, "line " + problem.getLine()
                    + (problem.getColumn() > 0 ? ", column " + problem.getColumn() : ""));
        }
        file.createMarker(TYPE, attributes);
    }

    /**
     * @param file a model file
     * @throws CoreException if markers cannot be changed
     */
    public static void clear(IFile file) throws CoreException {
        if (file.exists()) {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        }
    }

    private static int markerSeverity(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return diagnosticSeverity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }
}
