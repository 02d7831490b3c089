/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.provider.ClientPropertyItemProvider;
import org.emworkbench.model.deployment.provider.DeploymentItemProviderAdapterFactory;
import org.emworkbench.model.deployment.provider.EndpointManagementServerItemProvider;

/**
 * The item providers EMW shows models with: the generated ones, with labels
 * that carry what a consultant looks for at a glance (a client property's
 * value, a server's version). Generated code stays untouched; the differences
 * live here.
 *
 * @since 0.1
 */
public class DeploymentLabelsAdapterFactory extends DeploymentItemProviderAdapterFactory {

    @Override
    public Adapter createClientPropertyAdapter() {
        if (clientPropertyItemProvider == null) {
            clientPropertyItemProvider = new ClientPropertyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return DeploymentLabels.of((ClientProperty) object);
                }
            };
        }
        return clientPropertyItemProvider;
    }

    @Override
    public Adapter createEndpointManagementServerAdapter() {
        if (endpointManagementServerItemProvider == null) {
            endpointManagementServerItemProvider = new EndpointManagementServerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return DeploymentLabels.of((EndpointManagementServer) object);
                }
            };
        }
        return endpointManagementServerItemProvider;
    }
}
