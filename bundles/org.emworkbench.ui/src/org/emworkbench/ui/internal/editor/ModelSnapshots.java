/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.persistence.DeploymentFiles;

/**
 * Copies of a model that a background job may read while the user goes on
 * editing the original on the UI thread. Keys are copied with the objects,
 * so object paths in the copy name the same objects as in the original.
 */
final class ModelSnapshots {

    private ModelSnapshots() {
    }

    /**
     * Must be called on the thread that owns the model (the UI thread).
     *
     * @param model a loaded model
     * @return a deep copy in a resource of its own, with the same URI
     */
    static Resource copy(Resource model) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<EObject> roots = copier.copyAll(model.getContents());
        copier.copyReferences();
        Resource snapshot = DeploymentFiles.newResourceSet().createResource(model.getURI());
        snapshot.getContents().addAll(roots);
        return snapshot;
    }
}
