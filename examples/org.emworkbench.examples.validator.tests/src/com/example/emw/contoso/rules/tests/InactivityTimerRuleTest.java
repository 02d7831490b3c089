/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.testkit.ValidationRuleContractTest;
import org.junit.jupiter.api.Test;

/** CONTOSO-001 keeps the contract of every rule, and checks what Contoso's policy says. */
class InactivityTimerRuleTest extends ValidationRuleContractTest {

    @Override
    protected String ruleId() {
        return "CONTOSO-001";
    }

    @Override
    protected Resource modelWithoutFindings() {
        return serverWithTimer("15");
    }

    @Override
    protected Resource modelWithFindings() {
        return serverWithTimer("60");
    }

    @Test
    void theLimitsAreInclusive() {
        assertEquals(List.of(), findings(serverWithTimer("1")));
        assertEquals(List.of(), findings(serverWithTimer("30")));
        assertEquals(1, findings(serverWithTimer("31")).size());
        assertEquals(1, findings(serverWithTimer("0")).size());
    }

    @Test
    void aMissingOrNonNumericTimerIsReported() {
        List<RuleDiagnostic> missing = findings(serverWithTimer(null));
        assertEquals("/server", missing.get(0).getObjectPath());
        List<RuleDiagnostic> text = findings(serverWithTimer("half an hour"));
        assertEquals("half an hour", text.get(0).getActual());
    }

    private static Resource serverWithTimer(String minutes) {
        Deployment deployment = DeploymentFactory.eINSTANCE.createDeployment();
        EndpointManagementServer server = DeploymentFactory.eINSTANCE.createEndpointManagementServer();
        deployment.setServer(server);
        if (minutes != null) {
            ClientProperty timer = DeploymentFactory.eINSTANCE.createClientProperty();
            timer.setKey("INACTIVITY_TIMER");
            timer.setValue(minutes);
            server.getClientProperties().add(timer);
        }
        Resource resource = new ResourceImpl();
        resource.getContents().add(deployment);
        return resource;
    }
}
