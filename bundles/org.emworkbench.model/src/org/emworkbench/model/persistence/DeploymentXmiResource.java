/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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

    /**
     * References are written as key paths such as
     * {@code //@applications[name='Secure%20Mail',platform='ios']}; EMF resolves
     * each by scanning the list, so a load with many references to the same
     * objects repeats the same scans. While loading, each path is resolved once.
     */
    private final Map<String, EObject> resolvedWhileLoading = new HashMap<>();

    DeploymentXmiResource(URI uri) {
        super(uri);
    }

    @Override
    public EObject getEObject(String uriFragment) {
        if (!isLoading()) {
            return super.getEObject(uriFragment);
        }
        EObject known = resolvedWhileLoading.get(uriFragment);
        if (known == null) {
            known = super.getEObject(uriFragment);
            if (known != null) {
                resolvedWhileLoading.put(uriFragment, known);
            }
        }
        return known;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.doLoad(inputStream, options);
        } finally {
            resolvedWhileLoading.clear();
        }
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
