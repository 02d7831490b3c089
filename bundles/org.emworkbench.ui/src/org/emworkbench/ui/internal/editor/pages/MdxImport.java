/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.mdx.MdxCatalogue;
import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportResult;
import org.emworkbench.model.mdx.MdxImporter;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.RecordedChange;

/**
 * "Import .mdx...": the user picks an app's .mdx file; a job reads its
 * policy catalogue off the UI thread (the file may be large); the catalogue
 * then goes into the model as one undoable command, as {@code emw import-mdx}
 * would put it. A file that is refused, or a platform that cannot be told,
 * is reported and changes nothing.
 */
final class MdxImport {

    private final DeploymentEditor editor;
    private final Consumer<MdxApplication> imported;

    /**
     * @param editor   the editor whose model receives the app
     * @param imported told the app that was added or updated
     */
    MdxImport(DeploymentEditor editor, Consumer<MdxApplication> imported) {
        this.editor = editor;
        this.imported = imported;
    }

    /** Asks for the file and imports it. */
    void run() {
        Shell shell = editor.getSite().getShell();
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import MDX App");
        dialog.setFilterExtensions(new String[] { "*.mdx", "*" });
        dialog.setFilterNames(new String[] { "MDX apps (*.mdx)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            read(Path.of(chosen));
        }
    }

    /**
     * Reads the file in a job, then applies it on the UI thread.
     *
     * @param file an .mdx file
     */
    void read(Path file) {
        Job job = Job.create("Reading " + file.getFileName(), (IProgressMonitor monitor) -> {
            try {
                MdxCatalogue catalogue = MdxImporter.read(file);
                if (!monitor.isCanceled()) {
                    editor.getSite().getShell().getDisplay().asyncExec(() -> apply(file, catalogue));
                }
                return Status.OK_STATUS;
            } catch (MdxImportException e) {
                editor.getSite().getShell().getDisplay().asyncExec(() -> refused(file, e.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void apply(Path file, MdxCatalogue catalogue) {
        Deployment deployment = editor.deployment();
        if (deployment == null || !editor.isShowing()) {
            return;
        }
        Platform platform = catalogue.platform();
        if (platform == null) {
            platform = askPlatform(file);
            if (platform == null) {
                return;
            }
        }
        Platform chosen = platform;
        MdxImportResult[] result = new MdxImportResult[1];
        String[] problem = new String[1];
        RecordedChange command = new RecordedChange(deployment, "Import " + file.getFileName(), () -> {
            try {
                result[0] = MdxImporter.apply(deployment, catalogue, chosen);
            } catch (MdxImportException e) {
                problem[0] = e.getMessage();
            }
        });
        editor.execute(command);
        if (problem[0] != null) {
            editor.getCommandStack().undo();
            refused(file, problem[0]);
            return;
        }
        imported.accept(result[0].application());
        if (!result[0].warnings().isEmpty()) {
            MessageDialog.openWarning(editor.getSite().getShell(), "Import MDX App",
                    "Imported " + result[0].policyCount() + " policies of " + result[0].application().getName()
                            + ", with notes:\n\n- " + String.join("\n- ", result[0].warnings()));
        }
    }

    private Platform askPlatform(Path file) {
        MessageDialog question = new MessageDialog(editor.getSite().getShell(), "Import MDX App", null,
                file.getFileName() + " does not say which platform it is for. Which is it?", MessageDialog.QUESTION,
                0, "iOS", "Android", "Cancel");
        return switch (question.open()) {
            case 0 -> Platform.IOS;
            case 1 -> Platform.ANDROID;
            default -> null;
        };
    }

    private void refused(Path file, String reason) {
        MessageDialog.openError(editor.getSite().getShell(), "Import MDX App",
                "Cannot import " + file + ":\n\n" + reason + "\n\nThe model is unchanged.");
    }
}
