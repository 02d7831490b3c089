/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.handlers;

import java.util.EnumSet;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.ui.internal.directory.ModelDirectory;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.ui.internal.markers.OnlineRun;
import org.emworkbench.ui.internal.markers.OnlineValidationJob;
import org.emworkbench.ui.internal.preferences.ValidationPreferences;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSuppressions;
import org.emworkbench.validation.ValidationOptions;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;

/**
 * Deployment > Validate Online: what Validate does, and the online rules
 * besides, on the same models. The online rules run in an
 * {@link OnlineValidationJob} per model, with the DNS servers and timeouts of
 * the Network preferences as they are now, and the model's directory reached
 * as the Directory Preview view reaches it: the bind password comes from
 * where the model's reference points, and when it is not there the user is
 * asked for it before the run starts (only when the directory's rule will
 * run). A run still going for the same model is cancelled first. When a run
 * ends, its summary goes to the status line and the model's editor shows it on
 * its Overview.
 */
public final class ValidateOnlineHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.emworkbench.ui.validateOnline";

    /** The directory's online rule (docs/rules/SSO-019.md): the only one that binds to the directory. */
    private static final String LIVE_EXPANSION_RULE = "SSO-019";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        DiscoverySettings network = DiscoverySettings
                .from(NetworkSettings.read(InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER)));
        for (ValidationTargets target : ValidationTargets.of(event)) {
            target.validateOffline();
            if (target.file() == null) {
                continue; // Markers need a workspace file; the Open Model command links every file it opens.
            }
            for (Job running : Job.getJobManager().find(OnlineValidationJob.FAMILY)) {
                if (running instanceof OnlineValidationJob earlier && earlier.file().equals(target.file())) {
                    earlier.cancel();
                }
            }
            Resource snapshot = target.editor() == null ? null : target.editor().snapshot();
            ModelDirectory directory = directory(target, snapshot);
            ModelDirectory.Credentials credentials = credentials(window, directory);
            OnlineValidationJob job = new OnlineValidationJob(target.file(), snapshot, network,
                    directory.access(credentials), credentials);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    OnlineRun run = job.run();
                    if (run != null && window != null && !window.getShell().isDisposed()) {
                        window.getShell().getDisplay().asyncExec(() -> report(window, job, run));
                    }
                }
            });
            job.schedule();
        }
        return null;
    }

    /** @return the directory of the model the run will validate (read from the file when no editor shows it) */
    private static ModelDirectory directory(ValidationTargets target, Resource snapshot) {
        Resource model = snapshot;
        if (model == null && target.file().getLocation() != null) {
            try {
                model = DeploymentFiles.load(target.file().getLocation().toPath());
            } catch (ModelLoadException e) {
                model = null; // The job reports the unreadable file; no directory is asked.
            }
        }
        Deployment deployment = model == null || model.getContents().isEmpty()
                || !(model.getContents().get(0) instanceof Deployment read) ? null : read;
        return ModelDirectory.of(target.file().getName(), deployment);
    }

    /**
     * @return the bind password's source for the run: asked of the user only when the directory's rule will run
     *         on a model with personas and a bind account whose password is not where its reference points; a
     *         cancelled dialog leaves the rule to report that it could not check
     */
    private static ModelDirectory.Credentials credentials(IWorkbenchWindow window, ModelDirectory directory) {
        if (window == null || !directory.hasPersonas() || !liveExpansionRuns(directory)) {
            return ModelDirectory.Credentials.environmentOnly();
        }
        try {
            ModelDirectory.Credentials asked = directory.credentials(window.getShell());
            return asked == null ? ModelDirectory.Credentials.environmentOnly() : asked;
        } catch (StorageException e) {
            MessageDialog.openWarning(window.getShell(), "Validate Online", "Secure storage could not be opened,"
                    + " so the directory's rule runs without the stored bind password: " + e.getMessage());
            return ModelDirectory.Credentials.environmentOnly();
        }
    }

    private static boolean liveExpansionRuns(ModelDirectory directory) {
        ValidationOptions options = ValidationPreferences.current().applyTo(ValidationOptions.offline())
                .withModes(EnumSet.of(RuleMode.ONLINE));
        Resource model = directory.deployment().eResource();
        RuleSuppressions suppressions = model == null ? null : RuleSuppressions.of(model);
        return RuleRegistry.fromPlatform().rules().stream().anyMatch(rule -> rule.id().equals(LIVE_EXPANSION_RULE)
                && options.runs(rule) && (suppressions == null || !suppressions.isOffEverywhere(rule.id())));
    }

    private static void report(IWorkbenchWindow window, OnlineValidationJob job, OnlineRun run) {
        DeploymentEditor editor = OpenDeploymentEditors.find(job.file());
        if (editor != null) {
            editor.refreshProblems();
        }
        IWorkbenchPage page = window.getActivePage();
        IWorkbenchPart part = page == null ? null : page.getActivePart();
        IActionBars bars = null;
        if (part != null && part.getSite() instanceof IEditorSite site) {
            bars = site.getActionBars();
        } else if (part != null && part.getSite() instanceof IViewSite site) {
            bars = site.getActionBars();
        }
        if (bars != null) {
            bars.getStatusLineManager().setMessage(run.text());
        }
    }
}
