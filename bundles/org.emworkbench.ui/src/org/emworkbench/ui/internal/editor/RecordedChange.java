/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * A change made by plain Java code (a rule's quick fix, an .mdx import) as an
 * undoable command: EMF records what the code changes and undoes it exactly.
 */
public final class RecordedChange extends ChangeCommand {

    private final Runnable change;

    /**
     * @param scope  the objects the change may touch, e.g. the deployment
     * @param label  the command's name in Edit > Undo
     * @param change the change
     */
    public RecordedChange(Notifier scope, String label, Runnable change) {
        super(scope);
        this.change = change;
        setLabel(label);
        setDescription(label);
    }

    @Override
    protected void doExecute() {
        change.run();
    }
}
