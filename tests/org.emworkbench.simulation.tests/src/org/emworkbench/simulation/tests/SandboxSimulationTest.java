/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.simulation.EnrollmentSimulator;
import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.SimulationSettings;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;
import org.emworkbench.simulation.sandbox.Sandbox;
import org.emworkbench.validation.RuleRegistry;
import org.junit.jupiter.api.Test;

/** The walk against the sandbox, for the good example. */
class SandboxSimulationTest {

    static SimulationReport simulate(Deployment deployment, String user) throws IOException {
        try (Sandbox sandbox = Sandbox.start(deployment)) {
            return new EnrollmentSimulator(RuleRegistry.fromPlatform(), ProviderRegistry.fromPlatform())
                    .simulate(deployment, user, sandbox.settings(DiscoverySettings.DEFAULTS), null);
        }
    }

    @Test
    void theGoodPersonaPassesEveryStep() throws IOException {
        SimulationReport report = simulate(Models.contoso("contoso.emw"), Models.MEGAN);

        for (StepResult step : report.steps()) {
            assertEquals(Outcome.PASS, step.outcome(), step.toString());
        }
        assertTrue(report.accountConfigured());
        assertTrue(report.sandbox());
        assertTrue(report.result(Step.CREDENTIAL).summary().contains("megan.bowen@contoso.com"),
                report.result(Step.CREDENTIAL).summary());
        assertTrue(report.result(Step.LDAP_ATTRIBUTES).evidence().stream()
                .anyMatch(evidence -> evidence.text().startsWith("sAMAccountName = mbowen")),
                report.result(Step.LDAP_ATTRIBUTES).evidence().toString());
    }

    @Test
    void theOtherPersonaPassesWithTheUpnWarningAsEvidence() throws IOException {
        SimulationReport report = simulate(Models.contoso("contoso.emw"), Models.ALEX);

        assertTrue(report.accountConfigured(), report.steps().toString());
        assertTrue(report.result(Step.LDAP_ATTRIBUTES).evidence().stream()
                .anyMatch(evidence -> evidence.text().startsWith("warning DIR-005")),
                report.result(Step.LDAP_ATTRIBUTES).toString());
        assertTrue(report.result(Step.CREDENTIAL).summary().contains("alex.wilber@contoso.com"),
                report.result(Step.CREDENTIAL).summary());
    }

    @Test
    void aDirectoryThatIsDownMakesItsStepsUnknownNeverPassed() throws IOException {
        Deployment deployment = Models.contoso("contoso.emw");
        SimulationReport report;
        try (Sandbox sandbox = Sandbox.start(deployment)) {
            DirectoryAccess down = sandbox.directoryAccess();
            sandbox.directory().close();
            report = new EnrollmentSimulator(RuleRegistry.fromPlatform(), ProviderRegistry.fromPlatform()).simulate(
                    deployment, Models.MEGAN, new SimulationSettings(sandbox.discovery(DiscoverySettings.DEFAULTS),
                            down, true, Sandbox.NO_HTTPS), null);
        }

        assertEquals(Outcome.PASS, report.result(Step.ENROLLMENT).outcome());
        assertEquals(Outcome.UNKNOWN, report.result(Step.DELIVERY).outcome(), report.steps().toString());
        assertEquals(Outcome.UNKNOWN, report.result(Step.LDAP_ATTRIBUTES).outcome());
        assertEquals(Outcome.SKIPPED, report.result(Step.EXCHANGE_AUTODISCOVER).outcome());
        assertEquals(Outcome.SKIPPED, report.result(Step.CREDENTIAL).outcome());
        assertFalse(report.failed());
        assertFalse(report.result(Step.DELIVERY).fixes().isEmpty());
    }

    @Test
    void anAddressWithoutUserIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> simulate(Models.contoso("contoso.emw"), "contoso.com"));
    }
}
