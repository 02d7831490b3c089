/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Deployment > Preview Directory Attributes: opens the Directory Preview view
 * with the first persona of the model in the active editor picked; the user
 * presses Preview (the run may ask for the bind password).
 */
public final class PreviewDirectoryHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.emworkbench.ui.previewDirectory";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            DirectoryPreviewView view = DirectoryPreviewView.show(HandlerUtil.getActiveWorkbenchWindowChecked(event)
                    .getActivePage());
            view.setFocus();
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Directory Preview view: " + e.getMessage(), e);
        }
        return null;
    }
}
