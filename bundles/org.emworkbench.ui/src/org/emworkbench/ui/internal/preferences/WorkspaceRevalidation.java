/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.validation.settings.SettingsNode;

/**
 * Validates every model file ({@code *.emw}) of the workspace again, one
 * {@link ValidationJob} each, when the rule settings change: their markers
 * would otherwise show findings of rules the user has just switched off.
 * Finding the files runs in this job, never on the UI thread.
 */
public final class WorkspaceRevalidation extends Job {

    private static final WorkspaceRevalidation JOB = new WorkspaceRevalidation();

    private static final IPreferenceChangeListener LISTENER = event -> {
        if (event.getKey().startsWith("validation.")) {
            // Scheduling a job that is already waiting does nothing, so a page's two keys make one run.
            JOB.schedule();
        }
    };

    private WorkspaceRevalidation() {
        super("Revalidating models after a change of the rule settings");
        setSystem(true);
    }

    /**
     * Revalidates the workspace's models from now on whenever the rule
     * settings change in the instance scope, by whatever means (a preference
     * page, an import of preferences). Calling it again changes nothing.
     */
    public static void startListening() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        node.removePreferenceChangeListener(LISTENER);
        node.addPreferenceChangeListener(LISTENER);
    }

    @Override
    public boolean belongsTo(Object family) {
        // Whoever waits for validations waits for the ones this job is about to start.
        return family == ValidationJob.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<IFile> models = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
                if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".emw")) {
                    models.add((IFile) proxy.requestResource());
                }
                return !monitor.isCanceled();
            }, IResource.NONE);
        } catch (CoreException e) {
            return e.getStatus();
        }
        for (IFile model : models) {
            DeploymentEditor editor = OpenDeploymentEditors.find(model);
            if (editor != null) {
                // The markers of an open model describe what its editor shows, saved or not.
                editor.getLiveValidation().validateSoon();
            } else {
                new ValidationJob(model).schedule();
            }
        }
        return Status.OK_STATUS;
    }
}
