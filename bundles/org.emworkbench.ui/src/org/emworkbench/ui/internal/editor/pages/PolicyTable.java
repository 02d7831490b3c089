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
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.validation.ObjectPaths;

/**
 * The policies of one app against its catalogue: each declared policy with
 * the value set for the deployment (empty: the app's default applies), its
 * default and type. Values of enumerated policies are chosen from the values
 * the catalogue allows, booleans from true and false. The help text of the
 * selected policy shows under the table.
 */
final class PolicyTable implements Refreshable {

    /** What the value list offers to go back to the default. */
    static final String DEFAULT_CHOICE = "";

    private final DeploymentEditor editor;
    private final Supplier<MdxApplication> app;
    private final TableViewer viewer;
    private final Text help;

    PolicyTable(DeploymentEditor editor, FormToolkit toolkit, Composite parent, Supplier<MdxApplication> app) {
        this.editor = editor;
        this.app = app;
        Table table = toolkit.createTable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 220;
        tableData.widthHint = 300;
        table.setLayoutData(tableData);
        table.setData(PolicyTable.class.getName(), "policies");
        viewer = new TableViewer(table);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Policy", 220, PolicyRow::title);
        column("Value", 160, PolicyRow::shownValue).setEditingSupport(new ValueEditing());
        column("Default", 110, PolicyRow::defaultValue);
        column("Type", 70, PolicyRow::type);
        column("Category", 120, row -> row.definition() == null ? "(not in the catalogue)"
                : Objects.requireNonNullElse(row.definition().getCategory(), ""));
        help = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData helpData = new GridData(SWT.FILL, SWT.TOP, true, false);
        helpData.heightHint = 70;
        helpData.widthHint = 300;
        help.setLayoutData(helpData);
        viewer.addSelectionChangedListener(event -> {
            PolicyRow row = (PolicyRow) event.getStructuredSelection().getFirstElement();
            help.setText(row == null ? "" : helpText(row));
            if (row != null && (row.value() != null || row.definition() != null)) {
                editor.selectionChanged(new StructuredSelection(row.value() != null ? row.value() : row.definition()));
            }
        });
    }

    private TableViewerColumn column(String title, int width, Function<PolicyRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        boolean first = viewer.getTable().getColumnCount() == 1;
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PolicyRow) element);
            }

            @Override
            public Image getImage(Object element) {
                return first ? problemImage((PolicyRow) element) : null;
            }

            @Override
            public Color getForeground(Object element) {
                PolicyRow row = (PolicyRow) element;
                return row.definition() == null ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                        : null;
            }
        });
        return column;
    }

    private Image problemImage(PolicyRow row) {
        int worst = -1;
        if (row.value() != null) {
            worst = editor.getProblems().worstAtOrBelow(ObjectPaths.of(row.value()));
        }
        if (row.definition() != null) {
            worst = Math.max(worst, editor.getProblems().worstAtOrBelow(ObjectPaths.of(row.definition())));
        }
        String image = switch (worst) {
            case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> null;
        };
        return image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image);
    }

    static String helpText(PolicyRow row) {
        StringBuilder text = new StringBuilder(row.title());
        if (!row.title().equals(row.policyName())) {
            text.append(" (").append(row.policyName()).append(')');
        }
        if (row.definition() == null) {
            return text.append(": the app's catalogue does not declare this policy; the app ignores the value. ")
                    .append("Import the app's .mdx file again, or clear the value to remove it.").toString();
        }
        String description = row.definition().getDescription();
        text.append(description == null || description.isBlank() ? "" : ": " + description.strip());
        List<String> allowed = new ArrayList<>();
        for (AllowedValue value : row.definition().getAllowedValues()) {
            allowed.add(value.getLabel() == null || value.getLabel().isBlank() ? value.getValue()
                    : value.getValue() + " (" + value.getLabel() + ")");
        }
        if (!allowed.isEmpty()) {
            text.append("\nAllowed: ").append(String.join(", ", allowed));
        }
        if (!row.defaultValue().isEmpty()) {
            text.append("\nDefault: ").append(row.defaultValue());
        }
        return text.toString();
    }

    /** @return the table's viewer */
    TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        MdxApplication current = app.get();
        viewer.setInput(current == null ? List.of() : PolicyRow.of(current));
        viewer.getTable().setEnabled(current != null);
    }

    /**
     * Sets a policy's value: a new value is added, a changed one set, and an
     * empty one removed so that the default applies again.
     */
    void setValue(PolicyRow row, String text) {
        Command command;
        if (text == null || text.isEmpty()) {
            if (row.value() == null) {
                return;
            }
            command = RemoveCommand.create(editor.getEditingDomain(), row.app(), Literals.MDX_APPLICATION__POLICY_VALUES,
                    row.value());
        } else if (row.value() != null) {
            if (text.equals(row.value().getValue())) {
                return;
            }
            command = SetCommand.create(editor.getEditingDomain(), row.value(), Literals.POLICY_VALUE__VALUE, text);
        } else {
            PolicyValue value = DeploymentFactory.eINSTANCE.createPolicyValue();
            value.setPolicyName(row.policyName());
            value.setValue(text);
            command = AddCommand.create(editor.getEditingDomain(), row.app(), Literals.MDX_APPLICATION__POLICY_VALUES,
                    value);
        }
        editor.execute(command);
    }

    /** Edits the value column. */
    private final class ValueEditing extends EditingSupport {

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            PolicyRow row = (PolicyRow) element;
            List<String> choices = new ArrayList<>();
            if (!row.allowedValues().isEmpty()) {
                choices.addAll(row.allowedValues());
            } else if (row.isBoolean()) {
                choices.addAll(List.of("true", "false"));
            } else {
                return new TextCellEditor(viewer.getTable());
            }
            choices.add(0, DEFAULT_CHOICE);
            ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
            combo.setContentProvider(ArrayContentProvider.getInstance());
            combo.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object choice) {
                    return DEFAULT_CHOICE.equals(choice) ? "(default: " + row.defaultValue() + ")" : (String) choice;
                }
            });
            combo.setInput(choices);
            return combo;
        }

        @Override
        protected Object getValue(Object element) {
            return ((PolicyRow) element).shownValue();
        }

        @Override
        protected void setValue(Object element, Object value) {
            setValue((PolicyRow) element, (String) value);
        }

        private void setValue(PolicyRow row, String text) {
            PolicyTable.this.setValue(row, text);
        }
    }
}
