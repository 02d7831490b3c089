/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.settings.SettingsNode;
import org.osgi.service.prefs.BackingStoreException;

/**
 * "Validation": every installed rule with a check box that switches it on or
 * off and a severity that overrides its own, for every model of the workspace.
 */
public final class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in {@code plugin.xml}. */
    public static final String ID = "org.emworkbench.ui.preferences.validation";

    private static final String VALIDATORS_POINT = "org.emworkbench.validation.validators";
    private static final String DEFAULT_SEVERITY = "default";

    private final List<Row> rows = new ArrayList<>();
    private CheckboxTableViewer viewer;

    /** One rule as the page shows and edits it. */
    private static final class Row {
        final RuleDescriptor rule;
        final String categoryName;
        boolean enabled;
        RuleSeverity override;

        Row(RuleDescriptor rule, String categoryName) {
            this.rule = rule;
            this.categoryName = categoryName;
        }
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Rules switched off here do not run for any model of the workspace, and a severity chosen"
                + " here applies to all findings of its rule. Rule suppressions inside a model are separate: they"
                + " are kept in the model's file and apply to that model only.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Map<String, String> categories = categoryNames();
        ValidationPreferences stored = ValidationPreferences.current();
        for (RuleDescriptor rule : RuleRegistry.fromPlatform().rules()) {
            Row row = new Row(rule, categories.getOrDefault(rule.category(), rule.category()));
            row.enabled = !stored.disabledRules().contains(rule.id());
            row.override = stored.severityOverrides().get(rule.id());
            rows.add(row);
        }

        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 240).applyTo(viewer.getControl());
        column("Rule", 85, row -> row.rule.id());
        column("Name", 140, row -> row.rule.name());
        column("Category", 90, row -> row.categoryName);
        column("Mode", 55, row -> row.rule.mode().name().toLowerCase(Locale.ROOT));
        column("Default", 60, row -> row.rule.severity().label());
        TableViewerColumn severity = column("Severity", 70,
                row -> row.override == null ? DEFAULT_SEVERITY : row.override.label());
        severity.setEditingSupport(new SeverityEditing());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return ((Row) element).enabled;
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(event -> ((Row) event.getElement()).enabled = event.getChecked());
        viewer.setInput(rows);

        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
        button(buttons, "&Select All", true);
        button(buttons, "&Deselect All", false);

        Label hint = new Label(area, SWT.WRAP);
        hint.setText("Click a rule's Severity to override it; \"default\" keeps the rule's own severity.");
        GridDataFactory.fillDefaults().hint(400, SWT.DEFAULT).applyTo(hint);
        return area;
    }

    private TableViewerColumn column(String title, int width, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        return column;
    }

    private void button(Composite parent, String label, boolean enable) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, event -> {
            rows.forEach(row -> row.enabled = enable);
            viewer.refresh();
        });
    }

    @Override
    protected void performDefaults() {
        for (Row row : rows) {
            row.enabled = true;
            row.override = null;
        }
        viewer.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        ValidationPreferences before = ValidationPreferences.current();
        Set<String> installed = new HashSet<>();
        rows.forEach(row -> installed.add(row.rule.id()));
        // Settings of rules that are not installed now stay as they were.
        Set<String> disabled = new HashSet<>(before.disabledRules());
        disabled.removeAll(installed);
        Map<String, RuleSeverity> overrides = new HashMap<>(before.severityOverrides());
        overrides.keySet().removeAll(installed);
        for (Row row : rows) {
            if (!row.enabled) {
                disabled.add(row.rule.id());
            }
            if (row.override != null) {
                overrides.put(row.rule.id(), row.override);
            }
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        new ValidationPreferences(disabled, overrides).writeTo(node);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage("The settings could not be saved: " + e.getMessage());
            return false;
        }
        return true;
    }

    /** Category id to name, as the rules' plug-ins declare them. */
    private static Map<String, String> categoryNames() {
        Map<String, String> names = new HashMap<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(VALIDATORS_POINT)) {
            if ("category".equals(element.getName()) && element.getAttribute("id") != null
                    && element.getAttribute("name") != null) {
                names.putIfAbsent(element.getAttribute("id"), element.getAttribute("name"));
            }
        }
        return names;
    }

    /** The Severity cell: a combo of "default" and the three severities. */
    private final class SeverityEditing extends EditingSupport {
        private final String[] choices = { DEFAULT_SEVERITY, RuleSeverity.ERROR.label(), RuleSeverity.WARNING.label(),
                RuleSeverity.INFO.label() };
        private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), choices, SWT.READ_ONLY);

        SeverityEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            RuleSeverity override = ((Row) element).override;
            return override == null ? 0 : override.ordinal() + 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            ((Row) element).override = index <= 0 ? null : RuleSeverity.values()[index - 1];
            viewer.update(element, null);
        }
    }
}
