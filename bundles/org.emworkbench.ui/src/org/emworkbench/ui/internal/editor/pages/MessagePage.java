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
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The only page while the editor has no model to show: while the file is
 * being read, or when it cannot be read (why, where, and what to do).
 */
public final class MessagePage extends FormPage {

    /** The page id. */
    public static final String ID = "message";

    private final String heading;
    private final String text;

    /**
     * @param editor  the editor
     * @param title   the tab's title
     * @param heading the form's heading
     * @param text    what the page says
     */
    public MessagePage(FormEditor editor, String title, String heading, String text) {
        super(editor, ID, title);
        this.heading = heading;
        this.text = text;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(heading);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout());
        toolkit.createLabel(body, text, SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }
}
