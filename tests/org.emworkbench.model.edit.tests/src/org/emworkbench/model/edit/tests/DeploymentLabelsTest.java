/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.edit.DeploymentLabelsAdapterFactory;
import org.junit.jupiter.api.Test;

class DeploymentLabelsTest {

    private final DeploymentLabelsAdapterFactory factory = new DeploymentLabelsAdapterFactory();

    @Test
    void aClientPropertyShowsItsKeyAndValue() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        property.setKey("ENABLE_PASSCODE_AUTH");
        property.setValue("false");

        assertEquals("ENABLE_PASSCODE_AUTH = false", label(property));
    }

    @Test
    void missingKeysAndValuesAreNamedNotHidden() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        assertEquals("(no key) = (unset)", label(property));
        property.setValue("");
        assertEquals("(no key) = (empty)", label(property));
    }

    @Test
    void aServerShowsItsAddressAndVersion() {
        EndpointManagementServer server = DeploymentFactory.eINSTANCE.createEndpointManagementServer();
        assertEquals("Endpoint Management Server", label(server));
        server.setFqdn("emm.contoso.com");
        server.setVersion(ServerVersion.valueOf("10.15"));
        assertEquals("Endpoint Management Server emm.contoso.com (10.15)", label(server));
    }

    @Test
    void theLabelFollowsChanges() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        property.setKey("K");
        label(property);
        property.setValue("v");
        assertEquals("K = v", label(property));
    }

    private String label(Object object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
