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
 * <p>
 * Offline and online results have marker types of their own, both subtypes of
 * {@link #TYPE}: whoever reads "the problems of a model" asks for {@link #TYPE}
 * with its subtypes and gets both, while each kind of run replaces only its own
 * markers. An offline run, which follows every edit, so never removes what the
 * last online run found; the next online run does.
 * </p>
 */
public final class ProblemMarkers {

    /**
     * The marker type of every EMW problem (a problem marker and a text
     * marker); markers of exactly this type are the offline rules' findings.
     */
    public static final String TYPE = "org.emworkbench.ui.problem";
    /** The marker type of the findings of online rules (a subtype of {@link #TYPE}). */
    public static final String ONLINE_TYPE = "org.emworkbench.ui.onlineProblem";
    /**
     * The marker type of an online check that could not be made because a
     * server did not answer (a subtype of {@link #ONLINE_TYPE}): nothing is
     * known about the model there, so it is a warning, not an error.
     */
    public static final String NOT_CHECKED_TYPE = "org.emworkbench.ui.onlineNotChecked";
    /** Marker attribute: the id of the rule that reported the problem. */
    public static final String RULE_ID = "ruleId";
    /** Marker attribute: the path of the model object the problem is about. */
    public static final String OBJECT_PATH = "objectPath";
    /** How the message of a check that could not be made starts, after the rule id. */
    public static final String NOT_CHECKED = "could not be checked: ";
    /** The rule id given to a file that cannot be read at all. */
    public static final String UNREADABLE_FILE = "EMW-LOAD";

    private ProblemMarkers() {
    }

    /**
     * Replaces the offline markers; the online ones stay.
     *
     * @param file       a model file
     * @param validation the result of the validation engine on its content
     * @throws CoreException if markers cannot be changed
     */
    public static void replace(IFile file, Diagnostic validation) throws CoreException {
        clear(file);
        for (Diagnostic finding : validation.getChildren()) {
            file.createMarker(TYPE, attributes(finding));
        }
    }

    /**
     * Replaces the markers of the last online run; the offline ones stay. A
     * check that could not be made becomes a {@link #NOT_CHECKED_TYPE} warning
     * that says so; every marker's location names the time of the run, so that
     * the Problems view shows how old an online result is.
     *
     * @param file   a model file
     * @param online the findings of the online rules on its content
     * @param time   when they ran, e.g. {@code 14:02}
     * @throws CoreException if markers cannot be changed
     */
    public static void replaceOnline(IFile file, Diagnostic online, String time) throws CoreException {
        if (!file.exists()) {
            return;
        }
        file.deleteMarkers(ONLINE_TYPE, true, IResource.DEPTH_ZERO);
        for (Diagnostic finding : online.getChildren()) {
            Map<String, Object> attributes = attributes(finding);
            attributes.put(IMarker.LOCATION, attributes.get(OBJECT_PATH) + " (online, " + time + ")");
            if (finding.getCode() == RuleDiagnostic.ENVIRONMENT_FAILURE && finding instanceof RuleDiagnostic rule) {
                String reason = finding.getMessage().startsWith(NOT_CHECKED) ? finding.getMessage()
                        : NOT_CHECKED + finding.getMessage();
                attributes.put(IMarker.MESSAGE, rule.getRuleId() + ": " + reason);
                attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
                file.createMarker(NOT_CHECKED_TYPE, attributes);
            } else {
                file.createMarker(ONLINE_TYPE, attributes);
            }
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
     * Removes the offline markers; the online ones stay.
     *
     * @param file a model file
     * @throws CoreException if markers cannot be changed
     */
    public static void clear(IFile file) throws CoreException {
        if (file.exists()) {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        }
    }

    /**
     * @param marker an EMW problem marker
     * @return whether it says that an online check could not be made
     */
    public static boolean isNotChecked(IMarker marker) {
        try {
            return marker.exists() && NOT_CHECKED_TYPE.equals(marker.getType());
        } catch (CoreException e) {
            return false;
        }
    }

    /** @return the attributes of a marker for one finding: severity, message with the rule id, object path */
    static Map<String, Object> attributes(Diagnostic finding) {
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
        return attributes;
    }

    private static int markerSeverity(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return diagnosticSeverity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }
}
