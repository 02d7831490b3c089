/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Connects Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) to the command stack of the
 * active deployment editor, with the name of the change in the menu, e.g.
 * "Undo Set value". The pages' text fields keep their own Ctrl+Z while the
 * user types; a change becomes undoable here once it is committed.
 */
public final class DeploymentEditorContributor extends MultiPageEditorActionBarContributor {

    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        CommandStack stack = part instanceof DeploymentEditor editor && editor.getEditingDomain() != null
                ? editor.getCommandStack()
                : null;
        undo.setStack(stack);
        redo.setStack(stack);
        IActionBars bars = getActionBars();
        if (bars != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
            bars.updateActionBars();
        }
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        // The pages are forms, not nested editors: nothing changes between them.
    }

    @Override
    public void dispose() {
        undo.setStack(null);
        redo.setStack(null);
        super.dispose();
    }

    /** Undo or redo on one command stack, enabled and named after the command it would affect. */
    private static final class StackAction extends Action implements CommandStackListener {

        private final boolean undoes;
        private CommandStack stack;

        StackAction(boolean undoes) {
            this.undoes = undoes;
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                    .getImageDescriptor(undoes ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
            update();
        }

        void setStack(CommandStack newStack) {
            if (stack != null) {
                stack.removeCommandStackListener(this);
            }
            stack = newStack;
            if (stack != null) {
                stack.addCommandStackListener(this);
            }
            update();
        }

        @Override
        public void commandStackChanged(EventObject event) {
            update();
        }

        private void update() {
            String verb = undoes ? "Undo" : "Redo";
            boolean possible = stack != null && (undoes ? stack.canUndo() : stack.canRedo());
            Command command = stack == null ? null : undoes ? stack.getUndoCommand() : stack.getRedoCommand();
            String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
            setText(verb + label + (undoes ? "\tCtrl+Z" : "\tCtrl+Y"));
            setEnabled(possible);
        }

        @Override
        public void run() {
            if (stack != null && (undoes ? stack.canUndo() : stack.canRedo())) {
                if (undoes) {
                    stack.undo();
                } else {
                    stack.redo();
                }
            }
        }
    }
}
