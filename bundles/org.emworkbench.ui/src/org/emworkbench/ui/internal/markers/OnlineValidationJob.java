/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.markers;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.progress.IProgressConstants;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.ui.internal.preferences.ValidationPreferences;
import org.emworkbench.validation.ObjectPaths;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSuppressions;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;

/**
 * Runs the online rules on one model file, with the user's rule settings, the
 * network settings and the directory access given, and shows their results as online markers
 * ({@link ProblemMarkers#replaceOnline}). A user job: it shows its progress,
 * one step per online rule, and the user can cancel it; a cancelled run leaves
 * the online markers of the run before as they were.
 * <p>
 * It asks the network without holding any scheduling rule, so that live
 * validation goes on while servers take their time; only the replacement of
 * the markers at the end holds the file's marker rule. Offline rules are not
 * its business: the command that starts it validates offline as Validate does.
 * </p>
 */
public final class OnlineValidationJob extends Job {

    /** The job family, for waiting on or cancelling online validations. */
    public static final Object FAMILY = OnlineValidationJob.class;

    private final IFile file;
    private final Resource snapshot;
    private final DiscoverySettings network;
    private final DirectoryAccess directory;
    private final AutoCloseable secrets;
    private volatile OnlineRun run;

    /**
     * @param file      the model file the markers go on
     * @param snapshot  a copy of the model an editor shows, owned by this job
     *                  from now on; {@code null} to read the file
     * @param network   how online rules reach DNS
     * @param directory how online rules reach the model's directory, bind password source included
     * @param secrets   closed when the run ends, however it ends: it forgets a password typed for this run
     */
    public OnlineValidationJob(IFile file, Resource snapshot, DiscoverySettings network, DirectoryAccess directory,
            AutoCloseable secrets) {
        super("Validating " + file.getName() + " online");
        this.file = file;
        this.snapshot = snapshot;
        this.network = Objects.requireNonNull(network, "network");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        setUser(true);
        // The Progress view keeps the last finished run, with its summary as the result.
        setProperty(IProgressConstants.KEEPONE_PROPERTY, Boolean.TRUE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return the model file this job validates */
    public IFile file() {
        return file;
    }

    /** @return what the run did once it has ended; {@code null} before, or when the file could not be read */
    public OnlineRun run() {
        return run;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            return validate(monitor);
        } finally {
            forgetSecrets();
        }
    }

    private void forgetSecrets() {
        try {
            secrets.close();
        } catch (Exception e) {
            // The run's results stand; the failure to close is worth a line in the log, not a failed job.
            Platform.getLog(OnlineValidationJob.class).warn("Online validation of " + file.getName()
                    + " could not forget its credentials: " + e.getMessage());
        }
    }

    private IStatus validate(IProgressMonitor monitor) {
        if (!file.exists() || file.getLocation() == null) {
            return Status.OK_STATUS;
        }
        Resource resource;
        try {
            resource = snapshot != null ? snapshot : DeploymentFiles.load(file.getLocation().toPath());
        } catch (ModelLoadException e) {
            // Validate reports the unreadable file; the online results of the last readable version stay.
            return Status.info(file.getName() + " cannot be read; no online rule ran: " + e.getReason());
        }
        ValidationOptions options = ValidationPreferences.current().applyTo(ValidationOptions.offline())
                .withModes(EnumSet.of(RuleMode.ONLINE)).withEnvironment(DiscoverySettings.class, network)
                .withEnvironment(DirectoryAccess.class, directory)
                .withCancellation(monitor::isCanceled);
        RuleSuppressions suppressions = RuleSuppressions.of(resource);
        List<RuleDescriptor> online = RuleRegistry.fromPlatform().rules().stream()
                .filter(rule -> options.runs(rule) && !suppressions.isOffEverywhere(rule.id())).toList();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), Math.max(1, online.size()));
        BasicDiagnostic findings = new BasicDiagnostic(RuleDiagnostic.SOURCE, 0, getName(), null);
        int checks = 0;
        for (RuleDescriptor rule : online) {
            int targets = targets(resource, rule, suppressions);
            checks += targets;
            progress.subTask(rule.id() + ": " + rule.name() + " (" + targets + (targets == 1 ? " object)" : " objects)"));
            // One engine per rule: the progress moves rule by rule.
            Diagnostic result = new ValidationEngine(List.of(rule)).validate(resource, options);
            if (monitor.isCanceled() || result.getChildren().stream().anyMatch(d -> d.getSeverity() == Diagnostic.CANCEL)) {
                run = OnlineRun.cancelled(file.getName());
                return Status.CANCEL_STATUS;
            }
            result.getChildren().forEach(findings::add);
            progress.worked(1);
        }
        OnlineRun done = summarize(online.size(), checks, findings);
        try {
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            workspace.run(inside -> {
                ProblemMarkers.replaceOnline(file, findings, done.time());
                done.attachTo(file);
            }, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            return e.getStatus();
        }
        run = done;
        return Status.info(done.text());
    }

    private OnlineRun summarize(int rules, int checks, Diagnostic findings) {
        Set<String> notChecked = new HashSet<>();
        int problems = 0;
        for (Diagnostic finding : findings.getChildren()) {
            if (finding.getCode() == RuleDiagnostic.ENVIRONMENT_FAILURE && finding instanceof RuleDiagnostic rule) {
                notChecked.add(rule.getRuleId() + " " + rule.getObjectPath());
            } else {
                problems++;
            }
        }
        return new OnlineRun(file.getName(), LocalTime.now(), rules, checks, notChecked.size(), problems, false);
    }

    /** @return how many objects of the model the rule checks: those of its class the model does not exempt */
    private static int targets(Resource resource, RuleDescriptor rule, RuleSuppressions suppressions) {
        int count = 0;
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (rule.appliesTo(object.eClass()) && !suppressions.isOff(rule.id(), ObjectPaths.of(object))) {
                count++;
            }
        }
        return count;
    }
}
