/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-001: Secure Mail SSO needs XenMobile Server / Endpoint Management 10.5 or
 * later (Seed, "Troubleshoot issues", step 1). Versions are compared number by
 * number, so 10.15 is newer than 10.5. A model without a server, or a server
 * without a version, cannot show that it qualifies: that is an error too.
 */
public final class ServerVersionRule implements ValidationRule {

    /** The oldest server version that supports Secure Mail SSO. */
    public static final ServerVersion MINIMUM = ServerVersion.valueOf("10.5");

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        EndpointManagementServer server = deployment.getServer();
        if (server == null) {
            context.report(Finding.on(deployment, "the model has no Endpoint Management server, so its version is unknown")
                    .expected(MINIMUM + " or later").fix("add the server with the version its console shows"));
            return;
        }
        ServerVersion version = server.getVersion();
        if (version == null) {
            context.report(Finding.on(server, "the server version is unknown; Secure Mail SSO needs " + MINIMUM
                    + " or later").expected(MINIMUM + " or later")
                    .fix("set the server's version as its console shows it, e.g. 10.15"));
        } else if (!version.isAtLeast(MINIMUM)) {
            context.report(Finding.on(server, "the server is version " + version + " but Secure Mail SSO needs "
                    + MINIMUM + " or later").expected(MINIMUM + " or later").actual(version.toString())
                    .fix("upgrade the server to " + MINIMUM + " or later"));
        }
    }
}
