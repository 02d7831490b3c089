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
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-006: macro hygiene in every property value, with a severity per finding. */
class MacroHygieneRuleTest {

    @Test
    void canonicalMacrosAndPlainValuesPass() {
        assertEquals(List.of(), Rules.run("SSO-006", Models.deploymentWith("SEND_LDAP_ATTRIBUTES",
                Models.CANONICAL_LDAP_ATTRIBUTES, "INACTIVITY_TIMER", "15", "PRICE", "costs 5 $")));
    }

    @Test
    void theSeedsLiteralValueDrawsWarningsForBlanksAndCaseButNoError() {
        List<RuleDiagnostic> findings = Rules.run("SSO-006", Models.deploymentWith("SEND_LDAP_ATTRIBUTES",
                Models.SEED_LDAP_ATTRIBUTES));

        assertEquals(3, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.getSeverity() == Diagnostic.WARNING), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.getObjectPath()
                .equals("/server/clientProperties[SEND_LDAP_ATTRIBUTES]")));
        assertEquals(List.of("${user.displayname}", "${user.displayname}", "${user.mail}"),
                findings.stream().map(RuleDiagnostic::getExpected).toList());
        assertTrue(findings.get(0).getMessage().contains("blanks inside the braces of ${ user.displayName}"),
                findings.get(0).getMessage());
        assertTrue(findings.get(1).getMessage().contains("case-sensitive"), findings.get(1).getMessage());
        assertEquals("write ${user.mail}", findings.get(2).getFixHint());
    }

    @Test
    void aSyntaxErrorIsAnErrorWithItsColumn() {
        List<RuleDiagnostic> findings = Rules.run("SSO-006", Models.deploymentWith("SEND_LDAP_ATTRIBUTES",
                "mail=${user.mail"));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
        assertTrue(findings.get(0).getMessage().contains("column 6"), findings.get(0).getMessage());
    }

    @Test
    void anUndocumentedUserPropertyIsAWarning() {
        List<RuleDiagnostic> findings = Rules.run("SSO-006", Models.deploymentWith("X", "${user.shoesize}"));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
        assertTrue(findings.get(0).getMessage().contains("not among the documented user macros"),
                findings.get(0).getMessage());
    }

    @Test
    void deviceAndCustomPropertiesAreNotComparedWithTheUserList() {
        assertEquals(List.of(), Rules.run("SSO-006", Models.deploymentWith("X",
                "${device.serialNumber} ${custom.anything} ${firstnotnull(device.TEL_NUMBER,device.serialNumber)}")));
    }

    @Test
    void aDollarWithoutBracesIsAWarning() {
        List<RuleDiagnostic> findings = Rules.run("SSO-006", Models.deploymentWith("X", "mail=$user.mail"));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("${user.mail}", findings.get(0).getExpected());
        assertTrue(findings.get(0).getMessage().contains("column 6"), findings.get(0).getMessage());
    }

    @Test
    void serverPropertyValuesAreCheckedToo() {
        Resource model = Models.deploymentWith();
        ServerProperty property = DeploymentFactory.eINSTANCE.createServerProperty();
        property.setName("custom.greeting");
        property.setValue("Hello ${ user.mail}");
        Models.deployment(model).getServer().getServerProperties().add(property);

        List<RuleDiagnostic> findings = Rules.run("SSO-006", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("/server/serverProperties[custom.greeting]", findings.get(0).getObjectPath());
    }
}
