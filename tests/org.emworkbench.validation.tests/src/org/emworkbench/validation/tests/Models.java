/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;

/** Builds small deployments in memory. */
final class Models {

    private Models() {
    }

    /**
     * @param properties alternating keys and values
     * @return a resource holding a deployment whose server has those client properties
     */
    static Resource deploymentWith(String... properties) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName("Test");
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn("xms.test.example");
        deployment.setServer(server);
        for (int i = 0; i < properties.length; i += 2) {
            ClientProperty property = factory.createClientProperty();
            property.setKey(properties[i]);
            property.setValue(properties[i + 1]);
            server.getClientProperties().add(property);
        }
        Resource resource = new ResourceImpl();
        resource.getContents().add(deployment);
        return resource;
    }
}
