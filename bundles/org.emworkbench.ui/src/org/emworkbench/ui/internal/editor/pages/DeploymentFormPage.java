/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.validation.ObjectPaths;

/**
 * A page of the deployment editor. It edits the objects under some paths of
 * the model (see {@link #covers}); its header says how many problems they
 * have, and the editor shows it when the user opens a problem of one of them.
 * Its content is created the first time it is shown, so that opening a large
 * model builds one page only.
 */
public abstract class DeploymentFormPage extends FormPage {

    /** The editor the page belongs to. */
    protected final DeploymentEditor editor;
    private final List<Refreshable> parts = new ArrayList<>();

    /**
     * @param editor the editor
     * @param id     the page id
     * @param title  the tab's title
     */
    protected DeploymentFormPage(DeploymentEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(getTitle().replace("&", "&&")); // the heading, like a tab, reads & as a mnemonic marker
        toolkit.decorateFormHeading(form.getForm());
        createContent(toolkit, form.getBody());
        refresh();
    }

    /**
     * Creates the page's sections.
     *
     * @param toolkit the form's toolkit
     * @param body    the form's body, without a layout yet
     */
    protected abstract void createContent(FormToolkit toolkit, Composite body);

    /**
     * @param objectPath an object path, see {@link ObjectPaths}
     * @return whether this page edits the object with that path
     */
    public abstract boolean covers(String objectPath);

    /**
     * @param object an object of the editor's model
     * @return whether this page edits it
     */
    public final boolean edits(EObject object) {
        return covers(ObjectPaths.of(object));
    }

    /**
     * Selects the object on the page; called after the page was made active.
     *
     * @param object an object the page {@link #edits}
     */
    public void reveal(EObject object) {
        // Pages without lists have nothing to select.
    }

    /**
     * @param object  an object of the model
     * @param classes the classes of the objects a page lists
     * @return the object, or the nearest object containing it, that is an instance of one of the classes;
     *         {@code null} when there is none
     */
    protected static EObject enclosing(EObject object, Class<?>... classes) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            for (Class<?> type : classes) {
                if (type.isInstance(current)) {
                    return current;
                }
            }
        }
        return null;
    }

    /**
     * Keeps a part of the page up to date with the model.
     *
     * @param <T>  the part's type
     * @param part a field or table
     * @return the part
     */
    protected final <T extends Refreshable> T track(T part) {
        parts.add(part);
        return part;
    }

    /** Shows the model's current values; does nothing before the page is first shown. */
    public void refresh() {
        if (getManagedForm() == null || getManagedForm().getForm().isDisposed()) {
            return;
        }
        parts.forEach(Refreshable::refresh);
        showProblemCount();
        getManagedForm().getForm().reflow(true);
    }

    /** Shows the problem markers anew. */
    public void problemsChanged() {
        if (getManagedForm() == null || getManagedForm().getForm().isDisposed()) {
            return;
        }
        parts.forEach(Refreshable::problemsChanged);
        showProblemCount();
    }

    private void showProblemCount() {
        int errors = editor.getProblems().count(IMarker.SEVERITY_ERROR, this::covers);
        int warnings = editor.getProblems().count(IMarker.SEVERITY_WARNING, this::covers);
        int notChecked = editor.getProblems().countNotChecked(this::covers);
        ScrolledForm form = getManagedForm().getForm();
        if (errors + warnings + notChecked == 0) {
            form.setMessage(null, IMessageProvider.NONE);
            return;
        }
        String problems = String.join(", ", Stream.of(plural(errors, "error"),
                plural(warnings, "warning"), plural(notChecked, "online check")).filter(part -> !part.isEmpty())
                .toList());
        String text = problems + (notChecked == 0 ? "" : " not made") + " on this page; see the Problems view";
        form.setMessage(text, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
    }

    private static String plural(int count, String noun) {
        if (count == 0) {
            return "";
        }
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * @param toolkit     the form's toolkit
     * @param parent      where the section goes
     * @param title       its title
     * @param description a sentence under the title, or {@code null}
     * @param columns     the columns of the grid of its client
     * @return the section's client, with a grid layout
     */
    protected static Composite section(FormToolkit toolkit, Composite parent, String title, String description,
            int columns) {
        int style = ExpandableComposite.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(parent, style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(columns, false));
        section.setClient(client);
        return client;
    }

    /**
     * @param body    the form's body
     * @param columns how many columns of sections
     */
    protected static void columns(Composite body, int columns) {
        GridLayout layout = new GridLayout(columns, true);
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 12;
        layout.marginWidth = 8;
        body.setLayout(layout);
    }
}
