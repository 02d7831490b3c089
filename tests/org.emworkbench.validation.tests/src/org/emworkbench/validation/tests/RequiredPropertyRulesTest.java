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

/** SSO-003, SSO-004 and SSO-007: required boolean client and server properties. */
class RequiredPropertyRulesTest {

    @Test
    void passwordCachingTrueInAnyCaseIsAccepted() {
        assertEquals(List.of(), Rules.run("SSO-003", Models.deploymentWith("ENABLE_PASSWORD_CACHING", "true")));
        assertEquals(List.of(), Rules.run("SSO-003", Models.deploymentWith("ENABLE_PASSWORD_CACHING", "TRUE")));
    }

    @Test
    void passwordCachingFalseIsAnErrorOnTheProperty() {
        List<RuleDiagnostic> findings = Rules.run("SSO-003", Models.deploymentWith("ENABLE_PASSWORD_CACHING", "false"));

        assertEquals(1, findings.size());
        assertEquals("/server/clientProperties[ENABLE_PASSWORD_CACHING]", findings.get(0).getObjectPath());
        assertEquals("true", findings.get(0).getExpected());
        assertEquals("false", findings.get(0).getActual());
    }

    @Test
    void credentialStoreTrueIsAccepted() {
        assertEquals(List.of(), Rules.run("SSO-004", Models.deploymentWith("ENABLE_CREDENTIAL_STORE", "true")));
    }

    @Test
    void aMissingCredentialStoreIsAnErrorOnTheServerSayingHowToAddIt() {
        List<RuleDiagnostic> findings = Rules.run("SSO-004", Models.deploymentWith("ENABLE_PASSCODE_AUTH", "true"));

        assertEquals(1, findings.size());
        assertEquals("/server", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("ENABLE_CREDENTIAL_STORE is missing"),
                findings.get(0).getMessage());
        assertEquals("add client property ENABLE_CREDENTIAL_STORE with value true on Settings > Client Properties",
                findings.get(0).getFixHint());
    }

    @Test
    void macroSupportTrueHasNoFindingNotEvenTheRestartNote() {
        assertEquals(List.of(), Rules.run("SSO-007", withServerProperty("MAM_MACRO_SUPPORT", "true", null)));
    }

    @Test
    void aServerPropertyWithoutValueHasItsDefault() {
        assertEquals(List.of(), Rules.run("SSO-007", withServerProperty("MAM_MACRO_SUPPORT", null, "true")));
    }

    @Test
    void missingMacroSupportIsAnErrorWithARestartNote() {
        List<RuleDiagnostic> findings = Rules.run("SSO-007", Models.deploymentWith());

        assertEquals(2, findings.size(), findings.toString());
        assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
        assertTrue(findings.get(0).getMessage().contains("server property MAM_MACRO_SUPPORT is missing"),
                findings.get(0).getMessage());
        assertEquals(Diagnostic.INFO, findings.get(1).getSeverity());
        assertTrue(findings.get(1).getMessage().contains("restarted on all server nodes"), findings.get(1).getMessage());
        assertEquals("/server", findings.get(1).getObjectPath());
    }

    @Test
    void falseMacroSupportIsAnErrorOnTheServerProperty() {
        List<RuleDiagnostic> findings = Rules.run("SSO-007", withServerProperty("MAM_MACRO_SUPPORT", "false", null));

        assertEquals(List.of(Diagnostic.ERROR, Diagnostic.INFO), findings.stream().map(f -> f.getSeverity()).toList());
        assertEquals("/server/serverProperties[MAM_MACRO_SUPPORT]", findings.get(0).getObjectPath());
    }

    private static Resource withServerProperty(String name, String value, String defaultValue) {
        Resource model = Models.deploymentWith();
        ServerProperty property = DeploymentFactory.eINSTANCE.createServerProperty();
        property.setName(name);
        property.setValue(value);
        property.setDefaultValue(defaultValue);
        Models.deployment(model).getServer().getServerProperties().add(property);
        return model;
    }
}
