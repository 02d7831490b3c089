/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryPreview;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.SendLdapAttributes;

/**
 * Connects, looks the user up and expands SEND_LDAP_ATTRIBUTES off the UI
 * thread. A user job: it shows progress and can be cancelled. A network call
 * under way ends within the Directory preferences' timeouts; the view does
 * not wait for it (see {@link DirectoryPreviewView#stop()}). The typed
 * password, if any, is overwritten when the job ends.
 */
public final class PreviewJob extends Job {

    /** The job family, for waiting on or cancelling previews. */
    public static final Object FAMILY = PreviewJob.class;

    private final String identity;
    private final String model;
    private final DirectoryEndpoint endpoint;
    private final ModelDirectory.Credentials credentials;
    private final SendLdapAttributes attributes;
    private final CredentialPolicy policy;
    private final String server;
    private volatile PreviewOutcome outcome;

    PreviewJob(String identity, ModelDirectory access, ModelDirectory.Credentials credentials,
            SendLdapAttributes attributes) {
        super("Previewing SEND_LDAP_ATTRIBUTES for " + identity);
        this.identity = Objects.requireNonNull(identity, "identity");
        this.model = access.model();
        this.endpoint = access.endpoint();
        this.server = access.describe();
        this.policy = access.policy();
        this.credentials = credentials;
        this.attributes = attributes;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try (credentials; DirectoryConnection connection = DirectoryConnection.open(endpoint, credentials.source())) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.subTask("Looking up " + identity + " on " + endpoint.server());
            ExpansionPreview preview = new DirectoryPreview(connection, attributes, policy).preview(identity);
            outcome = new PreviewOutcome(identity, server, model, preview, null, monitor.isCanceled());
        } catch (DirectoryException e) {
            // The directory bundle's messages say what happened and what to do, and never hold the password.
            outcome = new PreviewOutcome(identity, server, model, null, e.getMessage(), monitor.isCanceled());
        } catch (OperationCanceledException e) {
            outcome = cancelled();
        } finally {
            monitor.done();
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Overwrites a password typed for this run; the view calls it when the job is done, run or not. */
    void forgetPassword() {
        credentials.close();
    }

    /** @return what the job is for */
    public String identity() {
        return identity;
    }

    /** @return the outcome once the job is done; a cancelled one when it never ran */
    public PreviewOutcome outcome() {
        PreviewOutcome done = outcome;
        return done != null ? done : cancelled();
    }

    /** @return the outcome of a run the user stopped */
    PreviewOutcome cancelled() {
        return new PreviewOutcome(identity, server, model, null, null, true);
    }
}
