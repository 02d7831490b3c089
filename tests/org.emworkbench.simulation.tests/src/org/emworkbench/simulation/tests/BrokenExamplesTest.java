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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each broken example of examples/contoso, walked in the sandbox for the
 * persona its mistake hurts, fails at the step where the user would notice
 * it; the steps that need that step are skipped and the others still pass.
 */
class BrokenExamplesTest {

    @ParameterizedTest(name = "{0} for {1} fails at {2}")
    @CsvSource({
            "broken-server-version.emw,             megan.bowen@contoso.com,  enrollment",
            "broken-autodiscovery-registration.emw, alex.wilber@fabrikam.com, enrollment",
            "broken-passcode-auth.emw,              megan.bowen@contoso.com,  delivery",
            "broken-password-caching.emw,           megan.bowen@contoso.com,  delivery",
            "broken-credential-store.emw,           megan.bowen@contoso.com,  delivery",
            "broken-secure-mail-not-delivered.emw,  megan.bowen@contoso.com,  delivery",
            "broken-ldap-attributes.emw,            megan.bowen@contoso.com,  ldap-attributes",
            "broken-mam-macro-support.emw,          megan.bowen@contoso.com,  ldap-attributes",
            "broken-directory-attributes.emw,       megan.bowen@contoso.com,  ldap-attributes",
            "broken-initial-auth-mechanism.emw,     megan.bowen@contoso.com,  exchange-autodiscover",
            "broken-exchange-server-policy.emw,     megan.bowen@contoso.com,  exchange-autodiscover",
            "broken-user-domain-policy.emw,         megan.bowen@contoso.com,  exchange-autodiscover",
            "broken-srv-record.emw,                 alex.wilber@fabrikam.com, exchange-autodiscover",
            "broken-srv-target-leak.emw,            alex.wilber@fabrikam.com, exchange-autodiscover",
            "broken-initial-auth-credentials.emw,   megan.bowen@contoso.com,  credential" })
    void failsAtTheRightStep(String file, String user, String stepKey) throws IOException {
        Step expected = Step.byKey(stepKey);
        SimulationReport report = SandboxSimulationTest.simulate(Models.contoso(file), user);

        assertEquals(expected, report.firstFailure(), report.steps().toString());
        StepResult failing = report.result(expected);
        assertFalse(failing.fixes().isEmpty(), "a failing step says how to fix it: " + failing);
        for (StepResult result : report.steps()) {
            if (result.step() == expected) {
                continue;
            }
            boolean needsFailing = needs(result.step(), expected);
            assertEquals(needsFailing ? Outcome.SKIPPED : Outcome.PASS, result.outcome(), file + ": " + result);
        }
        assertEquals(1, report.steps().stream().filter(result -> result.outcome() == Outcome.FAIL).count(),
                "one mistake, one failing step: " + report.steps());
    }

    /**
     * The mistakes a consultant should fix, but that do not stop this user: they draw warnings only (the
     * rules' pages say why), which the walk shows as evidence of the step they belong to.
     */
    @ParameterizedTest(name = "{0} passes with a warning of {1}")
    @CsvSource({
            "broken-macro-blanks.emw,     SSO-006, ldap-attributes",
            "broken-boolean-spelling.emw, SSO-016, delivery" })
    void warningsDoNotFailTheWalk(String file, String rule, String stepKey) throws IOException {
        SimulationReport report = SandboxSimulationTest.simulate(Models.contoso(file), Models.MEGAN);

        assertTrue(report.accountConfigured(), report.steps().toString());
        assertTrue(report.result(Step.byKey(stepKey)).evidence().stream()
                .anyMatch(evidence -> evidence.text().startsWith(rule + " warning")),
                report.result(Step.byKey(stepKey)).toString());
    }

    /** A mistake about fabrikam.com's registration does not stop a user of contoso.com. */
    @ParameterizedTest(name = "{0} does not hurt {1}")
    @CsvSource({
            "broken-autodiscovery-registration.emw, megan.bowen@contoso.com",
            "broken-srv-record.emw,                 megan.bowen@contoso.com" })
    void aMistakeOfAnotherDomainDoesNotFailThisUser(String file, String user) throws IOException {
        SimulationReport report = SandboxSimulationTest.simulate(Models.contoso(file), user);

        assertTrue(report.accountConfigured(), report.steps().toString());
    }

    private static boolean needs(Step step, Step failing) {
        for (Step needed : step.needs()) {
            if (needed == failing || needs(needed, failing)) {
                return true;
            }
        }
        return false;
    }
}
