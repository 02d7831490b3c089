/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a deployment editor: the whole model as a tree, with
 * problem overlays. Selecting an object shows it on the page that edits it.
 */
public final class DeploymentOutlinePage extends ContentOutlinePage {

    private final DeploymentEditor editor;
    private boolean revealing;

    DeploymentOutlinePage(DeploymentEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemProviderContentProvider(editor.getAdapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(editor.getAdapterFactory(), editor.getProblems()));
        viewer.setUseHashlookup(true);
        viewer.setInput(editor.getModel());
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(event -> {
            if (!revealing && event.getStructuredSelection().getFirstElement() instanceof EObject object) {
                revealing = true;
                try {
                    editor.reveal(object);
                } finally {
                    revealing = false;
                }
            }
        });
        viewer.addDoubleClickListener(event -> editor.setFocus());
    }

    /** @param model the editor's model after a reload, or {@code null} */
    void setInput(Object model) {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(model);
            viewer.expandToLevel(2);
        }
    }

    /** Shows labels, children and problems anew. */
    void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /** @return the tree, or {@code null} before the Outline view shows the page */
    public TreeViewer viewer() {
        return getTreeViewer();
    }
}
