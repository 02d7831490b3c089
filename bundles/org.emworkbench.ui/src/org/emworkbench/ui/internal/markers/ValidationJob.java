/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.ui.internal.preferences.ValidationPreferences;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;

/**
 * Validates one model file and shows the result as problem markers: the file
 * as it is on disk, or a snapshot of what an editor shows. Either way the job
 * reads model objects no editor uses, so it never races with the user's edits.
 * A cancelled validation leaves the markers as they were.
 */
public final class ValidationJob extends WorkspaceJob {

    /** The job family, for waiting on or cancelling validations. */
    public static final Object FAMILY = ValidationJob.class;

    private final IFile file;
    private final Resource snapshot;

    /** @param file the model file to validate as it is on disk */
    public ValidationJob(IFile file) {
        this(file, null);
    }

    /**
     * @param file     the model file the markers go on
     * @param snapshot a copy of the model an editor shows, owned by this job
     *                 from now on; {@code null} to read the file
     */
    public ValidationJob(IFile file, Resource snapshot) {
        super("Validating " + file.getName());
        this.file = file;
        this.snapshot = snapshot;
        setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
        setUser(false);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        if (!file.exists() || file.getLocation() == null) {
            return Status.OK_STATUS;
        }
        try {
            Resource resource = snapshot != null ? snapshot : DeploymentFiles.load(file.getLocation().toPath());
            // The user's rule settings: switched-off rules and severity overrides.
            ValidationOptions options = ValidationPreferences.current().applyTo(ValidationOptions.offline())
                    .withCancellation(monitor::isCanceled);
            Diagnostic result = new ValidationEngine(RuleRegistry.fromPlatform().rules()).validate(resource, options);
            if (monitor.isCanceled() || isCancelled(result)) {
                return Status.CANCEL_STATUS;
            }
            ProblemMarkers.replace(file, result);
        } catch (ModelLoadException e) {
            ProblemMarkers.replace(file, e);
        }
        return Status.OK_STATUS;
    }

    private static boolean isCancelled(Diagnostic result) {
        return result.getChildren().stream().anyMatch(child -> child.getSeverity() == Diagnostic.CANCEL);
    }
}
