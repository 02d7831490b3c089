/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.reports;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.emworkbench.ui.internal.autodiscovery.TraceImages;

/**
 * The tree of a report view (Autodiscovery, Directory Preview): rows with an
 * icon for their {@link ReportRow#mark()}, columns of text, tool tips, and
 * copying as text — Ctrl+C for the selected rows, a view-menu action for the
 * whole report.
 */
public final class ReportTree {

    private final TreeViewer viewer;
    private final TreeColumnLayout layout = new TreeColumnLayout(true);
    private final TraceImages images;

    /** @param body an empty composite the tree fills; its layout is set here */
    public ReportTree(Composite body) {
        body.setLayout(layout);
        viewer = new TreeViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((ReportRow) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return ((ReportRow) element).parent();
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((ReportRow) element).children().isEmpty();
            }
        });
        images = new TraceImages(viewer.getTree());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(List.of());
    }

    /**
     * Adds a column.
     *
     * @param <R>       the rows' type
     * @param title     the header
     * @param size      its share of the width
     * @param alignment {@link SWT#LEFT} or {@link SWT#RIGHT}
     * @param type      the rows' class
     * @param text      a row's text in this column
     * @param withIcon  whether the column shows the row's icon (the first column does)
     */
    public <R extends ReportRow> void column(String title, ColumnLayoutData size, int alignment, Class<R> type,
            Function<R, String> text, boolean withIcon) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return withIcon ? images.get(((ReportRow) element).mark()) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((ReportRow) element).toolTip();
            }
        });
        layout.setColumnData(column.getColumn(), size);
    }

    /**
     * Installs Copy (the workbench's Copy command, Ctrl+C: the selected rows,
     * or the field's selection when the field has the focus) and an action
     * that copies the whole report, in the view menu and the tree's menu.
     *
     * @param <R>      the rows' type
     * @param site     the view's site
     * @param field    the view's input field, whose own Copy wins while it has the focus
     * @param type     the rows' class
     * @param selected the text of the selected rows
     * @param whole    the text of the whole report, or {@code null} when there is none yet
     * @param ids      the ids of the two actions: copy, copy all
     * @param label    the label of the copy-all action
     * @return the copy-all action, to enable when there is a report
     */
    public <R extends ReportRow> IAction installCopy(IViewSite site, Combo field, Class<R> type,
            Function<List<R>, String> selected, Supplier<String> whole, List<String> ids, String label) {
        IAction copy = new Action("&Copy") {
            @Override
            public void run() {
                if (field.isFocusControl()) {
                    // The key binding reaches the view before the field: copy what the user selected in it.
                    field.copy();
                    return;
                }
                IStructuredSelection selection = viewer.getStructuredSelection();
                if (!selection.isEmpty()) {
                    toClipboard(selected.apply(selection.toList().stream().map(type::cast).toList()));
                }
            }
        };
        copy.setId(ids.get(0));
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        copy.setEnabled(false);
        viewer.addSelectionChangedListener(event -> copy.setEnabled(!event.getSelection().isEmpty()));
        IAction copyAll = new Action(label) {
            @Override
            public void run() {
                String text = whole.get();
                if (text != null) {
                    toClipboard(text);
                }
            }
        };
        copyAll.setId(ids.get(1));
        copyAll.setEnabled(false);
        site.getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        site.getActionBars().getMenuManager().add(copyAll);
        MenuManager context = new MenuManager();
        context.add(copy);
        context.add(copyAll);
        viewer.getTree().setMenu(context.createContextMenu(viewer.getTree()));
        return copyAll;
    }

    private void toClipboard(String text) {
        Clipboard clipboard = new Clipboard(viewer.getTree().getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** @return the viewer */
    public TreeViewer viewer() {
        return viewer;
    }
}
