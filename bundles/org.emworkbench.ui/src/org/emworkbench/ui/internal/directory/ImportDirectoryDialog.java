/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryImport;
import org.emworkbench.directory.ImportPlan;
import org.emworkbench.directory.ImportPlan.Change;
import org.emworkbench.directory.ImportPlan.Options;
import org.emworkbench.directory.ImportSource;
import org.emworkbench.directory.Membership;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.RecordedChange;

/**
 * Deployment > Import from Directory: the user types a group's DN or part of
 * its name (Find lists matching groups), EMW reads the group and its users in
 * a job, and the dialog shows the plan: every delivery-group group and user
 * and every persona that would be added, updated, left alone or skipped. The
 * target delivery group and what to import can change without reading the
 * directory again. Import applies the plan as one undoable change.
 */
public final class ImportDirectoryDialog extends TitleAreaDialog {

    /** The shell's title. */
    public static final String TITLE = "Import from Directory";

    private static final int FIND_LIMIT = 200;

    private final DeploymentEditor editor;
    private final ModelDirectory access;
    private final ModelDirectory.Credentials credentials;
    private Combo group;
    private Button find;
    private Button read;
    private Combo deliveryGroup;
    private Button addGroup;
    private Button addUsers;
    private Button personas;
    private Label status;
    private Table plan;
    private ImportSource source;
    private ImportPlan shown;
    private Job running;

    /**
     * @param shell       the parent shell
     * @param editor      the editor whose model receives the import
     * @param access      the directory of its model
     * @param credentials the bind password's source; closed when the dialog closes
     */
    ImportDirectoryDialog(Shell shell, DeploymentEditor editor, ModelDirectory access,
            ModelDirectory.Credentials credentials) {
        super(shell);
        this.editor = Objects.requireNonNull(editor, "editor");
        this.access = Objects.requireNonNull(access, "access");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Import users and groups from " + access.describe());
        setMessage("Choose a group; its users, nested groups included, become delivery-group members and personas.");
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

        new Label(fields, SWT.NONE).setText("&Group:");
        group = new Combo(fields, SWT.DROP_DOWN | SWT.BORDER);
        group.setToolTipText("The group's distinguished name, or part of its name and Find");
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(group);
        group.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(event -> readOrFind()));
        group.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> readGroup()));
        find = button(fields, "&Find", this::findGroups);
        read = button(fields, "&Read", this::readGroup);

        new Label(fields, SWT.NONE).setText("&Delivery group:");
        deliveryGroup = new Combo(fields, SWT.DROP_DOWN | SWT.BORDER);
        deliveryGroup.setItems(editor.deployment().getDeliveryGroups().stream().map(DeliveryGroup::getName)
                .filter(Objects::nonNull).toArray(String[]::new));
        deliveryGroup.setToolTipText("Where the group and users go; a new name creates the delivery group");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(deliveryGroup);
        deliveryGroup.addModifyListener(event -> replan());

        Composite options = new Composite(fields, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(options);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 0).applyTo(options);
        addGroup = check(options, "Add the &group to the delivery group", true);
        addUsers = check(options, "Add each &user to the delivery group", false);
        personas = check(options, "Create &personas", true);

        status = new Label(fields, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(500, SWT.DEFAULT).applyTo(status);
        plan = new Table(fields, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        plan.setHeaderVisible(true);
        plan.setLinesVisible(true);
        for (String title : List.of("Change", "What", "Name", "Details")) {
            new TableColumn(plan, SWT.LEFT).setText(title);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(760, 300).applyTo(plan);
        proposeDeliveryGroup();
        return area;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> action.run()));
        return button;
    }

    private Button check(Composite parent, String text, boolean selected) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.setSelection(selected);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> replan()));
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("&Import");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    /** The first delivery group that already has directory groups, else the first one that is not built in. */
    private void proposeDeliveryGroup() {
        List<DeliveryGroup> groups = editor.deployment().getDeliveryGroups();
        groups.stream().filter(candidate -> !candidate.getGroups().isEmpty()).findFirst()
                .or(() -> groups.stream().filter(candidate -> !candidate.isBuiltIn()).findFirst())
                .ifPresent(candidate -> deliveryGroup.setText(candidate.getName()));
        if (deliveryGroup.getText().isEmpty()) {
            deliveryGroup.setText("Imported from directory");
        }
        for (DeliveryGroup candidate : groups) {
            for (DirectoryPrincipal principal : candidate.getGroups()) {
                if (principal.getUniqueId() != null && group.indexOf(principal.getUniqueId()) < 0) {
                    group.add(principal.getUniqueId());
                }
            }
        }
    }

    /** Enter: a DN is read, anything else is searched for. */
    private void readOrFind() {
        if (group.getText().contains("=")) {
            readGroup();
        } else {
            findGroups();
        }
    }

    /** Lists the groups whose name contains the text in the field. */
    public void findGroups() {
        String text = group.getText().strip();
        run("Finding groups named *" + text + "*", connection -> {
            List<DirectoryEntry> found = DirectoryImport.findGroups(connection, text, FIND_LIMIT);
            return () -> {
                group.setItems(found.stream().map(DirectoryEntry::dn).toArray(String[]::new));
                status.setText(found.isEmpty() ? "No group's name contains \"" + text + "\"."
                        : found.size() + (found.size() == 1 ? " group" : " groups")
                                + " found; pick one to read it." + (found.size() == FIND_LIMIT ? " (first "
                                        + FIND_LIMIT + ")" : ""));
                if (found.size() == 1) {
                    group.setText(found.get(0).dn());
                    readGroup();
                } else if (!found.isEmpty()) {
                    group.setListVisible(true);
                }
            };
        });
    }

    /** Reads the group in the field and its users, then shows the plan. */
    public void readGroup() {
        String dn = group.getText().strip();
        if (dn.isEmpty()) {
            setErrorMessage("Type a group's DN, or part of its name and press Find.");
            return;
        }
        source = null;
        run("Reading " + dn, connection -> {
            ImportSource read = DirectoryImport.read(connection, dn, Membership.MEMBER_OF, null);
            return () -> {
                source = read;
                replan();
            };
        });
    }

    /** Plans again from what was read, for the options now chosen; nothing is read from the directory. */
    private void replan() {
        if (source == null || plan == null || plan.isDisposed()) {
            return;
        }
        try {
            shown = DirectoryImport.plan(editor.deployment(), source, new Options(deliveryGroup.getText(),
                    addGroup.getSelection(), addUsers.getSelection(), personas.getSelection()));
        } catch (IllegalArgumentException e) {
            shown = null;
            setErrorMessage(e.getMessage());
            show(List.of());
            return;
        }
        setErrorMessage(null);
        show(shown.changes());
        status.setText(source.groupName() + ": " + source.users().size()
                + (source.users().size() == 1 ? " user" : " users")
                + (source.nestedGroups() > 0 ? " (" + source.nestedGroups() + " nested groups)" : "")
                + (source.missingGroups().isEmpty() ? ""
                        : ", " + source.missingGroups().size() + " member groups missing")
                + ". The import " + shown.summary() + ".");
        status.getParent().layout(true);
        getButton(IDialogConstants.OK_ID).setEnabled(shown.changesModel());
    }

    private void show(List<Change> changes) {
        plan.removeAll();
        for (Change change : changes) {
            TableItem item = new TableItem(plan, SWT.NONE);
            item.setText(new String[] { change.action().name().toLowerCase(Locale.ROOT),
                    change.kind().singular(), change.label(), String.join("; ", change.details()) });
            item.setData(change);
        }
        for (TableColumn column : plan.getColumns()) {
            column.pack();
        }
    }

    /** Work against the directory, and what to show when it is done. */
    @FunctionalInterface
    private interface DirectoryWork {
        Runnable run(DirectoryConnection connection) throws DirectoryException;
    }

    /** Runs the work in a job on its own connection; the dialog shows the error, never the password. */
    private void run(String what, DirectoryWork work) {
        if (running != null) {
            running.cancel();
        }
        setErrorMessage(null);
        status.setText(what + "\u2026");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Shell shell = getShell();
        Job job = Job.create(what, (IProgressMonitor monitor) -> {
            Runnable then;
            try (DirectoryConnection connection = DirectoryConnection.open(access.endpoint(), credentials.source())) {
                then = work.run(connection);
            } catch (DirectoryException e) {
                String message = e.getMessage();
                then = () -> {
                    setErrorMessage(message);
                    status.setText("");
                };
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            Runnable show = then;
            if (!shell.isDisposed() && !monitor.isCanceled()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        show.run();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        running = job;
        job.schedule();
    }

    @Override
    protected void okPressed() {
        if (shown == null || !shown.changesModel()) {
            return;
        }
        ImportPlan chosen = shown;
        editor.execute(new RecordedChange(editor.deployment(), "Import " + source.groupName() + " from Directory",
                () -> chosen.apply(editor.deployment())));
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (running != null) {
            running.cancel();
        }
        credentials.close();
        return super.close();
    }

    /** @return the group field */
    public Combo groupField() {
        return group;
    }

    /** @return the delivery group field */
    public Combo deliveryGroupField() {
        return deliveryGroup;
    }

    /** @return the check boxes: add group, add users, create personas */
    public List<Button> options() {
        return List.of(addGroup, addUsers, personas);
    }

    /** @return the plan shown, or {@code null} */
    public ImportPlan plan() {
        return shown;
    }

    /** @return the table of changes */
    public Table planTable() {
        return plan;
    }

    /** @return the line above the plan */
    public Label statusLabel() {
        return status;
    }

    /** @return whether a directory job runs for the dialog */
    public boolean isBusy() {
        return running != null && running.getState() != Job.NONE;
    }

    /** @return the Find button */
    public Button findButton() {
        return find;
    }

    /** @return the Read button */
    public Button readButton() {
        return read;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
