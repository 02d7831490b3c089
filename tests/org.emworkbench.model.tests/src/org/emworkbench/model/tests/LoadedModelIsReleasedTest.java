/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;

/** The loader keeps nothing of a model once its caller lets it go. */
class LoadedModelIsReleasedTest {

    @Test
    void aModelIsGarbageOnceTheCallerDropsIt() throws Exception {
        Path example = Examples.file("contoso/contoso.emw");
        WeakReference<Resource> loaded = new WeakReference<>(DeploymentFiles.load(example));

        for (int attempt = 0; attempt < 20 && loaded.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }

        assertNull(loaded.get(), "something still holds the loaded model");
        assertTrue(DeploymentFiles.load(example).getContents().size() == 1, "the pool still serves loads");
    }
}
