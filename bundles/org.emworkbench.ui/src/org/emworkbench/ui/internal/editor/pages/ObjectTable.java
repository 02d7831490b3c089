/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.FeatureValues;
import org.emworkbench.validation.ObjectPaths;

/**
 * A table of the objects in one multi-valued containment reference, edited in
 * place: F2, Enter or a click on a selected cell edits it, Tab moves to the
 * next cell, Delete removes the selected rows, and Add creates a row and
 * starts editing its first cell. Each row shows the worst problem found at or
 * below its object. Every change is one command.
 */
public final class ObjectTable implements Refreshable {

    /**
     * One column.
     *
     * @param title     the header
     * @param feature   the feature shown; a multi-valued text attribute is shown
     *                  and edited as its values separated by {@value ObjectTable#LIST_SEPARATOR}
     * @param width     the initial width in pixels
     * @param choices   for references: the objects a row can refer to; {@code null} otherwise
     * @param proposals completion for a text column, or {@code null}
     * @param editable  whether the column can be edited in place
     * @param followUp  given a row and the value just entered, a command that
     *                  completes the row (run in the same undoable step), or {@code null}
     */
    public record Column(String title, EStructuralFeature feature, int width,
            Function<EObject, List<?>> choices, IContentProposalProvider proposals, boolean editable,
            BiFunction<EObject, Object, Command> followUp) {

        /**
         * @return an editable column
         * @param title   the header
         * @param feature the feature shown
         * @param width   the initial width in pixels
         */
        public static Column of(String title, EStructuralFeature feature, int width) {
            return new Column(title, feature, width, null, null, true, null);
        }

        /**
         * @param newChoices the objects a row can refer to
         * @return this column offering these choices
         */
        public Column withChoices(Function<EObject, List<?>> newChoices) {
            return new Column(title, feature, width, newChoices, proposals, editable, followUp);
        }

        /**
         * @param newProposals completion proposals for the text
         * @return this column with completion
         */
        public Column withProposals(IContentProposalProvider newProposals) {
            return new Column(title, feature, width, choices, newProposals, editable, followUp);
        }

        /** @return this column, shown but not edited in place */
        public Column readOnly() {
            return new Column(title, feature, width, choices, proposals, false, followUp);
        }

        /**
         * @param newFollowUp given a row and the value just entered, a command
         *                    that completes the row, or {@code null} when there is nothing to do
         * @return this column with the follow-up
         */
        public Column withFollowUp(BiFunction<EObject, Object, Command> newFollowUp) {
            return new Column(title, feature, width, choices, proposals, editable, newFollowUp);
        }
    }

    /** Separates the values of a multi-valued text attribute in a cell. */
    public static final String LIST_SEPARATOR = "; ";

    private final DeploymentEditor editor;
    private final OwnerSource owner;
    private final EReference reference;
    private final TableViewer viewer;
    private final Button add;
    private final Button remove;
    private final Button up;
    private final Button down;
    private final List<Consumer<EObject>> selectionListeners = new ArrayList<>();
    private final List<Column> columns;
    private Supplier<EObject> factory;
    private boolean refreshAfterEditing;
    private Consumer<EObject> adder;

    /**
     * @param editor    the editor changes go through
     * @param toolkit   the form's toolkit
     * @param parent    where the table and its buttons go
     * @param owner     the object whose list is shown
     * @param reference the multi-valued containment reference shown
     * @param ordered   whether rows can be moved up and down
     * @param columns   the columns
     */
    public ObjectTable(DeploymentEditor editor, FormToolkit toolkit, Composite parent, OwnerSource owner,
            EReference reference, boolean ordered, List<Column> columns) {
        this.editor = editor;
        this.owner = owner;
        this.reference = reference;
        this.columns = List.copyOf(columns);
        Composite client = toolkit.createComposite(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        client.setLayout(layout);
        client.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Table table = toolkit.createTable(client, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
                | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        tableData.widthHint = 300;
        table.setLayoutData(tableData);
        table.setData(ObjectTable.class.getName(), reference.getName());
        viewer = new TableViewer(table);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new OwnerListContent());
        for (int index = 0; index < columns.size(); index++) {
            addColumn(columns.get(index), index == 0);
        }
        enableKeyboardEditing();
        viewer.setInput(reference);

        Composite buttons = toolkit.createComposite(client);
        GridLayout buttonLayout = new GridLayout(1, false);
        buttonLayout.marginHeight = 0;
        buttons.setLayout(buttonLayout);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add = button(toolkit, buttons, "Add");
        add.addListener(SWT.Selection, event -> addRow());
        remove = button(toolkit, buttons, "Remove");
        remove.addListener(SWT.Selection, event -> removeSelected());
        up = ordered ? button(toolkit, buttons, "Up") : null;
        down = ordered ? button(toolkit, buttons, "Down") : null;
        if (ordered) {
            up.addListener(SWT.Selection, event -> moveSelected(-1));
            down.addListener(SWT.Selection, event -> moveSelected(1));
        }
        add.setEnabled(false);
        table.addListener(SWT.KeyDown, event -> {
            if (event.character == SWT.DEL && event.stateMask == 0) {
                removeSelected();
            }
        });
        viewer.addSelectionChangedListener(event -> {
            updateButtons();
            EObject selected = selected();
            if (!event.getStructuredSelection().isEmpty()) {
                editor.selectionChanged(event.getStructuredSelection());
            }
            selectionListeners.forEach(listener -> listener.accept(selected));
        });
        table.addListener(SWT.FocusIn, event -> {
            if (!viewer.getStructuredSelection().isEmpty()) {
                editor.selectionChanged(viewer.getStructuredSelection());
            }
        });
    }

    private static Button button(FormToolkit toolkit, Composite parent, String label) {
        Button button = toolkit.createButton(parent, label, SWT.PUSH);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return button;
    }

    /**
     * Lets the user add rows.
     *
     * @param newRow creates the object of a new row, with a key that is not taken yet
     * @return this table
     */
    public ObjectTable adding(Supplier<EObject> newRow) {
        this.factory = newRow;
        updateButtons();
        return this;
    }

    /**
     * Lets the Add button do something else than adding a blank row, e.g. open a dialog.
     *
     * @param action runs with the owner when the user presses Add
     * @param label  the button's label
     * @return this table
     */
    public ObjectTable addingWith(Consumer<EObject> action, String label) {
        this.adder = action;
        add.setText(label);
        add.getParent().layout(true);
        updateButtons();
        return this;
    }

    /**
     * Adds a button under the others.
     *
     * @param toolkit the form's toolkit
     * @param label   the button's label
     * @param action  what it does
     * @return the button
     */
    public Button addButton(FormToolkit toolkit, String label, Runnable action) {
        Button button = button(toolkit, add.getParent(), label);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** @param listener told the first selected object, or {@code null}, whenever the selection changes */
    public void onSelection(Consumer<EObject> listener) {
        selectionListeners.add(listener);
    }

    /** @return the columns, in order */
    public List<Column> getColumns() {
        return columns;
    }

    /** @return the viewer */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the first selected object, or {@code null} */
    public EObject selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof EObject object ? object : null;
    }

    /**
     * Selects a row and shows it.
     *
     * @param object the object of the row
     */
    public void select(EObject object) {
        viewer.setSelection(new StructuredSelection(object), true);
    }

    @Override
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (viewer.isCellEditorActive()) {
            // Refreshing would cancel what the user is typing; it happens when the cell editor closes.
            refreshAfterEditing = true;
            return;
        }
        viewer.refresh(true);
        updateButtons();
    }

    private void updateButtons() {
        if (add.isDisposed()) {
            return;
        }
        boolean ownerAvailable = owner.find() != null || owner.canCreate();
        add.setEnabled(ownerAvailable && (factory != null || adder != null));
        boolean anySelected = !viewer.getStructuredSelection().isEmpty();
        remove.setEnabled(anySelected);
        if (up != null) {
            up.setEnabled(anySelected);
            down.setEnabled(anySelected);
        }
    }

    private void addRow() {
        if (adder != null) {
            adder.accept(owner.find());
            return;
        }
        CompoundCommand command = new CompoundCommand("Add " + reference.getEReferenceType().getName());
        EObject container = owner.find();
        if (container == null) {
            container = owner.create(editor.getEditingDomain(), command);
        }
        if (container == null) {
            return;
        }
        EObject row = factory.get();
        command.append(AddCommand.create(editor.getEditingDomain(), container, reference, row));
        if (editor.execute(command.unwrap())) {
            refresh();
            select(row);
            // After the editor has shown the change everywhere, so that no refresh cancels the editing.
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.editElement(row, 0);
                }
            });
        }
    }

    private void removeSelected() {
        List<?> rows = viewer.getStructuredSelection().toList();
        if (!rows.isEmpty()) {
            editor.execute(DeleteCommand.create(editor.getEditingDomain(), rows));
        }
    }

    private void moveSelected(int offset) {
        EObject row = selected();
        EObject container = owner.find();
        if (row == null || container == null) {
            return;
        }
        List<?> rows = (List<?>) container.eGet(reference);
        int target = rows.indexOf(row) + offset;
        if (target >= 0 && target < rows.size()) {
            editor.execute(MoveCommand.create(editor.getEditingDomain(), container, reference, row, target));
        }
    }

    private void addColumn(Column column, boolean first) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
        viewerColumn.getColumn().setText(column.title());
        viewerColumn.getColumn().setWidth(column.width());
        viewerColumn.getColumn().setToolTipText(
                Objects.requireNonNullElse(EcoreUtil.getDocumentation(column.feature()), ""));
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cellText((EObject) element, column.feature());
            }

            @Override
            public Image getImage(Object element) {
                return first ? problemImage((EObject) element) : null;
            }
        });
        if (column.editable() && column.feature().isChangeable()) {
            viewerColumn.setEditingSupport(new CellEditing(column));
        }
    }

    private String cellText(EObject row, EStructuralFeature feature) {
        Object value = row.eGet(feature);
        if (feature.isMany()) {
            List<String> texts = new ArrayList<>();
            for (Object each : (Collection<?>) value) {
                texts.add(FeatureValues.toText(feature, each));
            }
            return String.join(LIST_SEPARATOR, texts);
        }
        if (value instanceof EObject target) {
            return labelOf(target);
        }
        return FeatureValues.toText(feature, value);
    }

    private String labelOf(Object object) {
        if (object == null) {
            return "";
        }
        Object labels = editor.getAdapterFactory().adapt(object, IItemLabelProvider.class);
        return labels instanceof IItemLabelProvider provider ? provider.getText(object) : String.valueOf(object);
    }

    private Image problemImage(EObject row) {
        int severity = editor.getProblems().worstAtOrBelow(ObjectPaths.of(row));
        String image = switch (severity) {
            case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case IMarker.SEVERITY_INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
            default -> null;
        };
        return image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image);
    }

    private void enableKeyboardEditing() {
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                // Nothing to prepare.
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                // Nothing to do.
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                // Nothing to do.
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                if (refreshAfterEditing) {
                    refreshAfterEditing = false;
                    viewer.getControl().getDisplay().asyncExec(ObjectTable.this::refresh);
                }
            }
        });
    }

    /** The rows: the owner's list, read anew on every refresh because the owner may come and go. */
    private final class OwnerListContent implements IStructuredContentProvider {
        @Override
        public Object[] getElements(Object input) {
            EObject container = owner.find();
            return container == null ? new Object[0] : ((Collection<?>) container.eGet(reference)).toArray();
        }
    }

    /** Edits one column's cells through commands. */
    private final class CellEditing extends EditingSupport {

        private final Column column;

        CellEditing(Column column) {
            super(viewer);
            this.column = column;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            EStructuralFeature feature = column.feature();
            Table table = viewer.getTable();
            if (feature instanceof EAttribute attribute && (feature.isMany() || FeatureValues.isTyped(attribute))) {
                return column.proposals() == null ? validated(new TextCellEditor(table), attribute)
                        : validated(new ProposalCellEditor(table, column.proposals()), attribute);
            }
            ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(table, SWT.READ_ONLY);
            combo.setContentProvider(ArrayContentProvider.getInstance());
            combo.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return value instanceof EObject target ? labelOf(target) : FeatureValues.toText(feature, value);
                }
            });
            combo.setInput(column.choices() != null ? column.choices().apply((EObject) element)
                    : FeatureValues.choices((EAttribute) feature));
            return combo;
        }

        private CellEditor validated(TextCellEditor cellEditor, EAttribute attribute) {
            if (!attribute.isMany()) {
                cellEditor.setValidator(FeatureValues.validator(attribute));
            }
            return cellEditor;
        }

        @Override
        protected Object getValue(Object element) {
            EStructuralFeature feature = column.feature();
            if (feature instanceof EAttribute attribute && (feature.isMany() || FeatureValues.isTyped(attribute))) {
                return cellText((EObject) element, feature);
            }
            return ((EObject) element).eGet(feature);
        }

        @Override
        protected void setValue(Object element, Object value) {
            EObject row = (EObject) element;
            EStructuralFeature feature = column.feature();
            Object newValue = value;
            if (feature instanceof EAttribute attribute && feature.isMany()) {
                newValue = splitList(attribute, (String) value);
            } else if (feature instanceof EAttribute attribute && FeatureValues.isTyped(attribute)) {
                try {
                    newValue = FeatureValues.fromText(attribute, (String) value);
                } catch (IllegalArgumentException e) {
                    return;
                }
            }
            if (Objects.equals(row.eGet(feature), newValue)) {
                return;
            }
            CompoundCommand command = new CompoundCommand("Set " + column.title());
            command.append(SetCommand.create(editor.getEditingDomain(), row, feature, newValue));
            Command completion = column.followUp() == null ? null : column.followUp().apply(row, newValue);
            if (completion != null) {
                command.append(completion);
            }
            editor.execute(command.unwrap());
        }

        private List<Object> splitList(EAttribute attribute, String text) {
            List<Object> values = new ArrayList<>();
            for (String part : (text == null ? "" : text).split(LIST_SEPARATOR.strip())) {
                if (!part.isBlank()) {
                    values.add(FeatureValues.fromText(attribute, part.strip()));
                }
            }
            return values;
        }
    }

    /**
     * A text cell with completion. While the proposals are open, Enter and
     * Escape belong to them, and the cell stays open when the focus moves to
     * the proposal list.
     */
    private static final class ProposalCellEditor extends TextCellEditor {

        private final ContentProposalAdapter proposals;

        ProposalCellEditor(Composite parent, IContentProposalProvider provider) {
            super(parent);
            proposals = new ContentProposalAdapter(text, new TextContentAdapter(), provider,
                    KeyStroke.getInstance(SWT.CTRL, ' '), null);
            proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
            proposals.setAutoActivationDelay(200);
            proposals.setPropagateKeys(true);
            proposals.setAutoActivationCharacters(null);
        }

        @Override
        protected void focusLost() {
            if (!proposals.isProposalPopupOpen()) {
                super.focusLost();
            }
        }

        @Override
        protected boolean dependsOnExternalFocusListener() {
            return false;
        }

        @Override
        protected void keyReleaseOccured(KeyEvent event) {
            if (proposals.isProposalPopupOpen() && (event.character == SWT.CR || event.character == SWT.ESC)) {
                return;
            }
            super.keyReleaseOccured(event);
        }

        @Override
        protected void handleDefaultSelection(SelectionEvent event) {
            if (!proposals.isProposalPopupOpen()) {
                super.handleDefaultSelection(event);
            }
        }
    }
}
