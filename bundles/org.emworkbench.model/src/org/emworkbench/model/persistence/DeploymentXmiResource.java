/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.emworkbench.model.deployment.util.DeploymentResourceFactoryImpl;
import org.emworkbench.model.deployment.util.DeploymentResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The generated deployment resource, reading through {@link MigratingXmiHandler}
 * so that files of older model versions are migrated while they load.
 */
final class DeploymentXmiResource extends DeploymentResourceImpl {

    /** Creates {@link DeploymentXmiResource}s; {@link DeploymentFiles#newResourceSet()} registers it. */
    static final class Factory extends DeploymentResourceFactoryImpl {

        @Override
        public Resource createResource(URI uri) {
            return new DeploymentXmiResource(uri);
        }
    }

    DeploymentXmiResource(URI uri) {
        super(uri);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new MigratingXmiHandler(resource, helper, options);
            }
        };
    }
}
