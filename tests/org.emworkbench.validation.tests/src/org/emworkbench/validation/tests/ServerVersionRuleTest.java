/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-001: the server is 10.5 or later. */
class ServerVersionRuleTest {

    @Test
    void versionsFrom105OnAreAcceptedComparedAsNumbers() {
        for (String version : List.of("10.5", "10.5.0", "10.15", "11")) {
            assertEquals(List.of(), Rules.run("SSO-001", withVersion(version)), version);
        }
    }

    @Test
    void anOlderVersionIsAnErrorOnTheServer() {
        List<RuleDiagnostic> findings = Rules.run("SSO-001", withVersion("10.4.0.116"));

        assertEquals(1, findings.size());
        RuleDiagnostic finding = findings.get(0);
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals("/server", finding.getObjectPath());
        assertEquals("10.4.0.116", finding.getActual());
        assertEquals("10.5 or later", finding.getExpected());
        assertTrue(finding.getFixHint().contains("upgrade"), finding.getFixHint());
    }

    @Test
    void anUnsetVersionIsAnErrorSayingItIsUnknown() {
        List<RuleDiagnostic> findings = Rules.run("SSO-001", Models.deploymentWith());

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).getMessage().contains("version is unknown"), findings.get(0).getMessage());
    }

    @Test
    void aModelWithoutServerIsAnErrorOnTheDeployment() {
        Resource model = Models.deploymentWith();
        Models.deployment(model).setServer(null);

        List<RuleDiagnostic> findings = Rules.run("SSO-001", model);

        assertEquals(1, findings.size());
        assertEquals("/", findings.get(0).getObjectPath());
    }

    private static Resource withVersion(String version) {
        Resource model = Models.deploymentWith();
        Models.deployment(model).getServer().setVersion(ServerVersion.valueOf(version));
        return model;
    }
}
