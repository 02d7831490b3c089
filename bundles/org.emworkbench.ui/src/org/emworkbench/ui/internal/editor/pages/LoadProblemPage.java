/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * Shown instead of the pages when the file cannot be read: why, where, and
 * what to do. The editor reloads the file when it changes.
 */
public final class LoadProblemPage extends FormPage {

    /** The page id. */
    public static final String ID = "loadProblem";

    private final DeploymentEditor editor;

    /** @param editor the editor */
    public LoadProblemPage(DeploymentEditor editor) {
        super(editor, ID, "Problem");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("This model cannot be shown");
        toolkit.decorateFormHeading(form.getForm());
        form.getBody().setLayout(new GridLayout());
        String reason = editor.getLoadProblem() == null ? "" : editor.getLoadProblem().getMessage();
        toolkit.createLabel(form.getBody(), reason + "\n\nFix the file in a text editor; this editor reloads it when "
                + "it changes. Nothing was written to the file.", SWT.WRAP)
                .setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }
}
