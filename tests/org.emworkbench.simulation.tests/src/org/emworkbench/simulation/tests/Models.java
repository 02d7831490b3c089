/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.tests;

import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.tests.support.Examples;

/** The examples, loaded as the command line loads them. */
final class Models {

    /** The example's good persona. */
    static final String MEGAN = "megan.bowen@contoso.com";
    /** The example's persona of the second mail domain, whose UPN differs from the mail address. */
    static final String ALEX = "alex.wilber@fabrikam.com";

    private Models() {
    }

    /**
     * @param name a file of examples/contoso, e.g. {@code contoso.emw}
     * @return its deployment
     */
    static Deployment contoso(String name) {
        try {
            return (Deployment) DeploymentFiles.load(Examples.file("contoso/" + name)).getContents().get(0);
        } catch (ModelLoadException e) {
            throw new AssertionError(name + " does not load: " + e.getMessage(), e);
        }
    }
}
