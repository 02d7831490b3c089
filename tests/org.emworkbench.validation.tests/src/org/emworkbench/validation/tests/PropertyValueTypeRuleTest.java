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

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-016: well-known property values have their type; the types are data users can override. */
class PropertyValueTypeRuleTest extends UserFactsFolder {

    @Test
    void valuesOfTheirTypePass() {
        assertEquals(List.of(), Rules.run("SSO-016", Models.deploymentWith("ENABLE_PASSWORD_CACHING", "true",
                "ENABLE_PASSCODE_AUTH", "false", "INACTIVITY_TIMER", "0", "PASSCODE_MAX_ATTEMPTS", "15",
                "PASSCODE_STRENGTH", "Medium", "UNKNOWN_PROPERTY", "whatever")));
    }

    @Test
    void aBooleanInAnotherSpellingIsAWarningOnTheProperty() {
        List<RuleDiagnostic> findings = Rules.run("SSO-016", Models.deploymentWith("ENABLE_PASSWORD_CACHING", "TRUE",
                "ENABLE_TOUCH_ID_AUTH", "yes"));

        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.getSeverity() == Diagnostic.WARNING));
        assertEquals("/server/clientProperties[ENABLE_PASSWORD_CACHING]", findings.get(0).getObjectPath());
        assertEquals("true", findings.get(0).getExpected());
        assertEquals("TRUE", findings.get(0).getActual());
        assertEquals("true or false", findings.get(1).getExpected());
    }

    @Test
    void integersAreCheckedForFormAndRange() {
        List<RuleDiagnostic> findings = Rules.run("SSO-016", Models.deploymentWith("INACTIVITY_TIMER", "-1",
                "PASSCODE_MAX_ATTEMPTS", "0", "INACTIVITY_TIMER", "15min"));

        assertEquals(3, findings.size(), findings.toString());
        assertEquals("a whole number of at least 0", findings.get(0).getExpected());
        assertEquals("a whole number of at least 1", findings.get(1).getExpected());
        assertTrue(findings.get(2).getMessage().contains("not a whole number"), findings.get(2).getMessage());
    }

    @Test
    void serverPropertiesAreCheckedByName() {
        Resource model = Models.deploymentWith();
        ServerProperty property = DeploymentFactory.eINSTANCE.createServerProperty();
        property.setName("MAM_MACRO_SUPPORT");
        property.setValue("True");
        Models.deployment(model).getServer().getServerProperties().add(property);

        List<RuleDiagnostic> findings = Rules.run("SSO-016", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("/server/serverProperties[MAM_MACRO_SUPPORT]", findings.get(0).getObjectPath());
    }

    @Test
    void findingsOnUnconfirmedFactsSaySo() {
        List<RuleDiagnostic> findings = Rules.run("SSO-016", Models.deploymentWith("PASSCODE_STRENGTH", "Ultra"));

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).getFixHint().contains("unconfirmed"), findings.get(0).getFixHint());
    }

    @Test
    void aUsersFactsFileReplacesRowsAndAddsProperties() throws IOException {
        Files.writeString(facts.resolve("property-types.csv"), """
                kind,key,type,min,max,values,confidence,source
                # our servers accept any PIN strength
                client,PASSCODE_STRENGTH,any,,,,V,tested on our server
                client,COMPANY_TIMEOUT,int,1,60,,V,our own property
                """);
        System.setProperty("emw.facts", facts.toString());

        List<RuleDiagnostic> findings = Rules.run("SSO-016", Models.deploymentWith("PASSCODE_STRENGTH", "Ultra",
                "COMPANY_TIMEOUT", "90", "INACTIVITY_TIMER", "x"));

        assertEquals(List.of("/server/clientProperties[COMPANY_TIMEOUT]", "/server/clientProperties[INACTIVITY_TIMER]"),
                findings.stream().map(RuleDiagnostic::getObjectPath).toList());
        assertEquals("a whole number from 1 to 60", findings.get(0).getExpected());
    }

    @Test
    void aMalformedLineOfTheUsersFileIsReportedWithItsLineAndTheRestIsUsed() throws IOException {
        Files.writeString(facts.resolve("property-types.csv"), """
                client,COMPANY_FLAG,bool,,,,V,ours
                client,BROKEN,integer,,,,V,typo in the type
                """);
        System.setProperty("emw.facts", facts.toString());

        List<RuleDiagnostic> findings = Rules.run("SSO-016", Models.deploymentWith("COMPANY_FLAG", "on"));

        assertEquals(2, findings.size(), findings.toString());
        assertEquals("/server", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("property-types.csv line 2: unknown type 'integer'"),
                findings.get(0).getMessage());
        assertEquals("/server/clientProperties[COMPANY_FLAG]", findings.get(1).getObjectPath());
    }
}
