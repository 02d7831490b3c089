/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.ui.internal.preferences.DirectoryPreferencePage;
import org.emworkbench.ui.internal.reports.ErrorLine;
import org.emworkbench.ui.internal.reports.ReportTree;

/**
 * Directory Preview: what Secure Hub would hand Secure Mail for one user.
 * The user is a persona of the model in the active deployment editor or an
 * address typed in; the run ({@link PreviewJob}) connects to the model's
 * first LDAP server with the Directory preferences, looks the user up and
 * expands SEND_LDAP_ATTRIBUTES. Each entry shows its value and its problems
 * with their fixes; errors of the connection (server down, wrong password,
 * TLS) are shown above the tree, never with the password.
 */
public final class DirectoryPreviewView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.emworkbench.ui.views.directoryPreview";

    /** Id of the action that copies the selected rows, with everything below them. */
    public static final String COPY_ACTION = "org.emworkbench.ui.directoryPreview.copy";

    /** Id of the view menu's action that copies the whole preview. */
    public static final String COPY_PREVIEW_ACTION = "org.emworkbench.ui.directoryPreview.copyPreview";

    private static final String READY = "Pick a persona or type an address, and press Preview.";

    private final IPartListener2 editorWatcher = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference partRef) {
            showModel();
        }

        @Override
        public void partClosed(IWorkbenchPartReference partRef) {
            showModel();
        }
    };

    private Combo user;
    private Button previewButton;
    private Button stopButton;
    private Label modelLabel;
    private Link settingsLink;
    private ErrorLine error;
    private Label summary;
    private TreeViewer viewer;
    private ReportTree tree;
    private IAction copyPreview;
    private PreviewJob running;
    private PreviewOutcome shown;
    private List<String> offered = List.of();

    /**
     * Opens the view, or brings it to the front.
     *
     * @param page the workbench page
     * @return the view
     * @throws PartInitException when it cannot be opened
     */
    public static DirectoryPreviewView show(IWorkbenchPage page) throws PartInitException {
        return (DirectoryPreviewView) page.showView(ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
        new Label(row, SWT.NONE).setText("&User:");
        user = new Combo(row, SWT.DROP_DOWN | SWT.BORDER);
        user.setToolTipText("A persona of the model, or a mail address, userPrincipalName or sAMAccountName;"
                + " Enter previews");
        user.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(event -> preview()));
        user.addModifyListener(event -> showError(null));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(user);
        previewButton = button(row, "&Preview", this::preview);
        stopButton = button(row, "S&top", this::stop);
        stopButton.setEnabled(false);

        Composite where = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(where);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(where);
        modelLabel = new Label(where, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(modelLabel);
        settingsLink = new Link(where, SWT.NONE);
        settingsLink.setText("<a>Directory preferences</a>");
        settingsLink.setToolTipText("TLS default, trust store, timeouts and page size of every connection");
        settingsLink.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
            PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), DirectoryPreferencePage.ID, null, null)
                    .open();
            showModel();
        }));

        error = new ErrorLine(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        summary.setText(READY);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(0, 4).applyTo(summary);
        Composite body = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        createTree(body);
        createActions();
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorWatcher);
        showModel();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> action.run()));
        return button;
    }

    private void createTree(Composite parent) {
        tree = new ReportTree(parent);
        viewer = tree.viewer();
        tree.column("Attribute", new ColumnWeightData(35, 160), SWT.LEFT, PreviewRow.class, PreviewRow::label, true);
        tree.column("Value", new ColumnWeightData(40, 160), SWT.LEFT, PreviewRow.class, PreviewRow::value, false);
        tree.column("Template", new ColumnWeightData(25, 120), SWT.LEFT, PreviewRow.class, PreviewRow::template,
                false);
    }

    private void createActions() {
        copyPreview = tree.installCopy(getViewSite(), user, PreviewRow.class, PreviewText::of,
                () -> shown == null ? null : PreviewText.of(shown), List.of(COPY_ACTION, COPY_PREVIEW_ACTION),
                "Copy Preview as &Text");
    }

    /**
     * Previews for an address, as if the user had typed it and pressed Preview.
     *
     * @param identity a mail address, userPrincipalName or sAMAccountName
     * @return whether a run started; when not, the view says why
     */
    public boolean preview(String identity) {
        user.setText(identity);
        return preview();
    }

    /**
     * Previews for what the field holds; a run still going is stopped first.
     * Asks for the bind password when it is not where the model says.
     *
     * @return whether a run started; when not, the view says why
     */
    public boolean preview() {
        ModelDirectory access = showModel();
        String identity = user.getText().strip();
        if (access == null) {
            showError("Open a deployment model: the preview connects to its first LDAP server and expands its"
                    + " SEND_LDAP_ATTRIBUTES.");
            return false;
        }
        if (access.problem() != null) {
            showError(access.problem() + ".");
            return false;
        }
        SendLdapAttributes attributes = access.sendLdapAttributes();
        if (attributes == null) {
            showError(access.model() + " has no client property " + SendLdapAttributes.KEY
                    + "; add it on the Properties page.");
            return false;
        }
        if (identity.isEmpty()) {
            showError("Pick a persona or type an address.");
            return false;
        }
        ModelDirectory.Credentials credentials;
        try {
            credentials = access.credentials(getSite().getShell());
        } catch (StorageException e) {
            showError("Secure storage cannot be opened: " + e.getMessage());
            return false;
        }
        if (credentials == null) {
            showError("No bind password was given, so nothing was sent to " + access.endpoint().server() + ".");
            return false;
        }
        showError(null);
        stop();
        PreviewJob job = new PreviewJob(identity, access, credentials, attributes);
        Display display = viewer.getTree().getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                job.forgetPassword();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> finished(job, job.outcome()));
                }
            }
        });
        running = job;
        shown = null;
        copyPreview.setEnabled(false);
        viewer.setInput(List.of());
        summary.setText("Previewing for " + identity + " on " + access.describe() + "\u2026");
        previewButton.setEnabled(false);
        stopButton.setEnabled(true);
        getSite().getService(IWorkbenchSiteProgressService.class).schedule(job, 0, true);
        return true;
    }

    /**
     * Stops the running preview. The view shows the cancellation at once; a
     * network call under way ends by itself within the directory timeouts and
     * its answer is dropped.
     */
    public void stop() {
        PreviewJob job = running;
        if (job != null) {
            job.cancel();
            finished(job, job.cancelled());
        }
    }

    private void finished(PreviewJob job, PreviewOutcome outcome) {
        if (job != running || viewer.getTree().isDisposed()) {
            return;
        }
        running = null;
        previewButton.setEnabled(true);
        stopButton.setEnabled(false);
        shown = outcome;
        viewer.setInput(outcome.preview() == null ? List.of() : PreviewRow.of(outcome.preview()));
        viewer.expandAll();
        summary.setText(outcome.summary());
        showError(outcome.error());
        summary.getParent().layout(true, true);
        copyPreview.setEnabled(true);
    }

    /**
     * Shows a sentence above the tree, or hides it.
     *
     * @param message what is wrong, or {@code null}
     */
    public void showError(String message) {
        if (error != null) {
            error.show(message);
        }
    }

    /** Shows the model and server a run would use, offers the model's personas, and returns the access. */
    private ModelDirectory showModel() {
        if (modelLabel == null || modelLabel.isDisposed()) {
            return null;
        }
        IEditorPart editor = getSite().getPage().getActiveEditor();
        ModelDirectory access = ModelDirectory.of(editor);
        List<String> personas = access == null ? List.of() : access.personaAddresses();
        if (!personas.equals(offered)) {
            String typed = user.getText();
            user.setItems(personas.toArray(String[]::new));
            user.setText(typed.isEmpty() && !personas.isEmpty() ? personas.get(0) : typed);
            offered = personas;
        }
        modelLabel.setText(access == null ? "Model: none (no deployment editor)"
                : "Model: " + access.model() + " \u2014 LDAP: " + access.describe());
        modelLabel.getParent().layout(true);
        return access;
    }

    @Override
    public void setFocus() {
        user.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorWatcher);
        if (running != null) {
            running.cancel();
            running = null;
        }
        super.dispose();
    }

    /** @return the user field */
    public Combo userField() {
        return user;
    }

    /** @return the Preview button */
    public Button previewButton() {
        return previewButton;
    }

    /** @return the Stop button */
    public Button stopButton() {
        return stopButton;
    }

    /** @return the line naming the model and LDAP server */
    public Label modelLabel() {
        return modelLabel;
    }

    /** @return the error line; hidden when there is no error */
    public Label errorLabel() {
        return error.label();
    }

    /** @return the summary line */
    public Label summaryLabel() {
        return summary;
    }

    /** @return the tree */
    public TreeViewer viewer() {
        return viewer;
    }

    /** @return the outcome shown, or {@code null} before the first run ends and while one runs */
    public PreviewOutcome outcome() {
        return shown;
    }

    /** @return whether a preview is running */
    public boolean isRunning() {
        return running != null;
    }
}
