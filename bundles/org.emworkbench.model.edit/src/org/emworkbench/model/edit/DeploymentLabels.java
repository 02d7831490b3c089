/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.edit;

import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.EndpointManagementServer;

/**
 * Short labels for model objects, the same in the tree, reports and messages.
 *
 * @since 0.1
 */
public final class DeploymentLabels {

    private DeploymentLabels() {
    }

    /**
     * @param property a client property
     * @return e.g. {@code ENABLE_PASSCODE_AUTH = true}
     */
    public static String of(ClientProperty property) {
        String key = property.getKey() == null || property.getKey().isEmpty() ? "(no key)" : property.getKey();
        String value = property.getValue() == null ? "(unset)"
                : property.getValue().isEmpty() ? "(empty)" : property.getValue();
        return key + " = " + value;
    }

    /**
     * @param server an Endpoint Management server
     * @return e.g. {@code Endpoint Management Server emm.contoso.com (10.15)}
     */
    public static String of(EndpointManagementServer server) {
        StringBuilder label = new StringBuilder("Endpoint Management Server");
        if (server.getFqdn() != null && !server.getFqdn().isEmpty()) {
            label.append(' ').append(server.getFqdn());
        }
        if (server.getVersion() != null) {
            label.append(" (").append(server.getVersion()).append(')');
        }
        return label.toString();
    }
}
