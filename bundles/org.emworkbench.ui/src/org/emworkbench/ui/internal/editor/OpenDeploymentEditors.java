/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;

/**
 * The deployment editors that have a workspace file open, so that changes to
 * the file (quick fixes, validation) go through the editor and describe what
 * it shows. Safe to ask from any thread; the editor itself belongs to the UI
 * thread.
 */
public final class OpenDeploymentEditors {

    private static final Map<IFile, DeploymentEditor> OPEN = new ConcurrentHashMap<>();

    private OpenDeploymentEditors() {
    }

    /**
     * @param file a model file
     * @return the open editor that has read the file, or {@code null}
     */
    public static DeploymentEditor find(IFile file) {
        DeploymentEditor editor = file == null ? null : OPEN.get(file);
        return editor != null && editor.getModel() != null ? editor : null;
    }

    static void opened(IFile file, DeploymentEditor editor) {
        if (file != null) {
            OPEN.put(file, editor);
        }
    }

    static void closed(IFile file, DeploymentEditor editor) {
        if (file != null) {
            OPEN.remove(file, editor);
        }
    }
}
