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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-012: Secure Mail reaches its users. */
class SecureMailDeliveryRuleTest {

    @Test
    void aPersonaInTheGroupIsReachedComparingDnsLoosely() {
        Resource model = Models.secureMailDeployment();
        persona(model).getExpectedGroups().set(0, "cn=mobile mail users, ou=Groups,  DC=contoso,dc=com");

        assertEquals(List.of(), Rules.run("SSO-012", model));
    }

    @Test
    void aPersonaNamedAsUserIsReached() {
        Resource model = Models.secureMailDeployment();
        persona(model).getExpectedGroups().clear();
        DirectoryPrincipal user = DeploymentFactory.eINSTANCE.createDirectoryPrincipal();
        user.setUniqueId("MBOWEN");
        mobileMail(model).getUsers().add(user);

        assertEquals(List.of(), Rules.run("SSO-012", model));
    }

    @Test
    void theEnabledAllUsersGroupReachesEveryone() {
        Resource model = Models.secureMailDeployment();
        DeliveryGroup allUsers = Models.deployment(model).getDeliveryGroups().get(0);
        allUsers.setEnabled(true);
        allUsers.getApplications().addAll(EcoreUtil.copyAll(mobileMail(model).getApplications()));
        Models.deployment(model).getDeliveryGroups().remove(mobileMail(model));
        persona(model).getExpectedGroups().clear();

        assertEquals(List.of(), Rules.run("SSO-012", model));
    }

    @Test
    void aDisabledGroupDeliversToNobody() {
        Resource model = Models.secureMailDeployment();
        mobileMail(model).setEnabled(false);

        List<RuleDiagnostic> findings = Rules.run("SSO-012", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("/applications[Secure Mail,ios]", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("Mobile Mail is disabled"), findings.get(0).getMessage());
        assertEquals("enable Mobile Mail or add the app to an enabled group", findings.get(0).getFixHint());
    }

    @Test
    void anEmptyGroupDeliversToNobody() {
        Resource model = Models.secureMailDeployment();
        mobileMail(model).getGroups().clear();

        List<RuleDiagnostic> findings = Rules.run("SSO-012", model);

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).getMessage().contains("has no users, groups or rules"), findings.get(0).getMessage());
    }

    @Test
    void aPersonaOutsideTheGroupsIsAnErrorOnThePersona() {
        Resource model = Models.secureMailDeployment();
        persona(model).getExpectedGroups().set(0, "CN=Sales,OU=Groups,DC=contoso,DC=com");

        List<RuleDiagnostic> findings = Rules.run("SSO-012", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
        assertEquals("/directory/personas[megan.bowen@contoso.com]", findings.get(0).getObjectPath());
    }

    @Test
    void aPersonaOnlyMembershipRulesMightReachIsAWarning() {
        Resource model = Models.secureMailDeployment();
        persona(model).getExpectedGroups().clear();
        mobileMail(model).setMembershipRules("{\"AND\":[{\"eq\":{\"property\":{\"type\":\"USER_PROPERTY\",\"name\":\"department\"},\"type\":\"STRING\",\"value\":\"Sales\"}}]}");

        List<RuleDiagnostic> findings = Rules.run("SSO-012", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
    }

    @Test
    void aDeploymentWithoutSecureMailIsAnError() {
        List<RuleDiagnostic> findings = Rules.run("SSO-012", Models.deploymentWith());

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).getMessage().contains("no app with role secureMail"), findings.get(0).getMessage());
    }

    private static DeliveryGroup mobileMail(Resource model) {
        return Models.deployment(model).getDeliveryGroups().stream().filter(g -> g.getName().equals("Mobile Mail"))
                .findFirst().orElseThrow();
    }

    private static Persona persona(Resource model) {
        return Models.deployment(model).getDirectory().getPersonas().get(0);
    }
}
