/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.emworkbench.ui.internal.markers.ValidationJob;

/**
 * Validates what the editor shows as the user edits: a change waits
 * {@value #DELAY_MILLIS} ms for the next one, then a copy of the model is
 * validated by a job off the UI thread, and its findings replace the file's
 * problem markers. A newer change cancels a validation still running. When
 * the editor closes with unsaved changes, the file on disk is validated
 * again, so that the markers describe the file.
 */
public final class LiveValidation {

    /** How long a change waits for the next before validation starts. */
    public static final int DELAY_MILLIS = 400;

    private final DeploymentEditor editor;
    private final IFile file;
    private final Display display;
    private final Runnable pending = this::validateNow;
    private ValidationJob running;

    LiveValidation(DeploymentEditor editor, IFile file, Display display) {
        this.editor = editor;
        this.file = file;
        this.display = display;
    }

    /** Validates after the user stops changing the model for a moment; UI thread only. */
    void modelChanged() {
        display.timerExec(-1, pending);
        display.timerExec(DELAY_MILLIS, pending);
    }

    /** Validates the model as it will be in a moment; any thread. */
    public void validateSoon() {
        if (!display.isDisposed()) {
            display.asyncExec(this::modelChanged);
        }
    }

    /** Validates the model as it is now; UI thread only. */
    public void validateNow() {
        display.timerExec(-1, pending);
        Resource model = editor.getModel();
        if (file == null || model == null) {
            return;
        }
        schedule(new ValidationJob(file, ModelSnapshots.copy(model)));
    }

    /** Reports a file that cannot be read as a marker on it. */
    void reportUnreadable() {
        if (file != null) {
            schedule(new ValidationJob(file));
        }
    }

    private void schedule(ValidationJob job) {
        if (running != null) {
            running.cancel();
        }
        running = job;
        job.schedule();
    }

    /** Stops waiting; the markers go back to describing the file when changes are discarded. */
    void dispose() {
        if (!display.isDisposed()) {
            display.timerExec(-1, pending);
        }
        if (file != null && editor.isDirty()) {
            schedule(new ValidationJob(file));
        }
    }
}
