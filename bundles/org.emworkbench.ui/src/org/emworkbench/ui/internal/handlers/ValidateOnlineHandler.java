/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.ui.internal.markers.OnlineRun;
import org.emworkbench.ui.internal.markers.OnlineValidationJob;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;

/**
 * Deployment > Validate Online: what Validate does, and the online rules
 * besides, on the same models. The online rules run in an
 * {@link OnlineValidationJob} per model, with the DNS servers and timeouts of
 * the Network preferences as they are now; a run still going for the same
 * model is cancelled first. When a run ends, its summary goes to the status
 * line and the model's editor shows it on its Overview.
 */
public final class ValidateOnlineHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.emworkbench.ui.validateOnline";

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
            OnlineValidationJob job = new OnlineValidationJob(target.file(), target.editor() == null ? null
                    : target.editor().snapshot(), network);
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
