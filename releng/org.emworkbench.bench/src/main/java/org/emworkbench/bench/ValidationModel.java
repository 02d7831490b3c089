/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.synthetic.SyntheticDeployments;

/**
 * The synthetic model of a {@link ModelSize} as validation meets it: in a
 * resource, with the client and server properties the SSO rules read.
 * <p>
 * The generator sets only {@code ENABLE_PASSCODE_AUTH}; without
 * {@code SEND_LDAP_ATTRIBUTES} the macro rules (SSO-005, SSO-006, SSO-017)
 * would stop at "missing" and never parse the value. So the first generated
 * client properties after it and the first server property are renamed to the
 * properties of the Secure Mail SSO procedure, with the values of the Contoso
 * example: the object count stays {@code shape.objectCount()}, and the model
 * stays what the load benchmarks read apart from those keys and values.
 */
final class ValidationModel {

    /** The value Contoso sends: the four attributes SSO needs, each mapped to its user macro. */
    static final String SEND_LDAP_ATTRIBUTES = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountName=${user.samaccountname},displayName=${user.displayname},mail=${user.mail}";

    private ValidationModel() {
    }

    /** @return the model of that size, in a resource of EMW's resource set, never saved */
    static Resource create(ModelSize size) {
        Deployment deployment = SyntheticDeployments.generate(size.shape(), ModelSize.SEED);
        EndpointManagementServer server = deployment.getServer();
        EList<ClientProperty> clients = server.getClientProperties();
        if (clients.size() < 4 || server.getServerProperties().isEmpty()) {
            throw new IllegalStateException("the " + size + " model has too few properties to rename");
        }
        rename(clients.get(1), "ENABLE_PASSWORD_CACHING", "true");
        rename(clients.get(2), "ENABLE_CREDENTIAL_STORE", "true");
        rename(clients.get(3), "SEND_LDAP_ATTRIBUTES", SEND_LDAP_ATTRIBUTES);
        server.getServerProperties().get(0).setName("MAM_MACRO_SUPPORT");
        server.getServerProperties().get(0).setValue("true");
        Resource resource = DeploymentFiles.newResourceSet()
                .createResource(URI.createFileURI("/bench/" + size.name().toLowerCase() + ".emw"));
        resource.getContents().add(deployment);
        return resource;
    }

    private static void rename(ClientProperty property, String key, String value) {
        property.setKey(key);
        property.setValue(value);
    }
}
