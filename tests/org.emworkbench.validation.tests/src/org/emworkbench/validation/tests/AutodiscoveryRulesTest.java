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
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-013 (enrollment), SSO-014 (SRV records exist and are well-formed), SSO-015 (SRV targets). */
class AutodiscoveryRulesTest {

    @Test
    void registeredDomainsPassInAnyCase() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getEnrollment().getAutoDiscoveryRegistrations().get(0).setDomain("Contoso.COM.");

        assertEquals(List.of(), Rules.run("SSO-013", model));
    }

    @Test
    void aPersonasUnregisteredDomainIsAnErrorWithoutServerAddressEnrollment() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getDirectory().getPersonas().get(0).setMail("megan@fabrikam.com");

        List<RuleDiagnostic> findings = Rules.run("SSO-013", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
        assertEquals("/enrollment", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("mail domain fabrikam.com has no Citrix AutoDiscovery"),
                findings.get(0).getMessage());
    }

    @Test
    void anUnregisteredDomainIsAWarningWhenUsersCanTypeTheServerAddress() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getEnrollment().getAutoDiscoveryRegistrations().clear();
        Models.deployment(model).getEnrollment().getMethods().add(EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB);

        List<RuleDiagnostic> findings = Rules.run("SSO-013", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
        assertTrue(findings.get(0).getMessage().contains("contoso.com"), findings.get(0).getMessage());
    }

    @Test
    void withoutEmailEnrollmentAServerAddressMethodIsNeeded() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getEnrollment().getMethods().set(0, EnrollmentMethod.SERVER_ADDRESS_TYPED);
        assertEquals(List.of(), Rules.run("SSO-013", model));

        Models.deployment(model).getEnrollment().getMethods().clear();
        List<RuleDiagnostic> findings = Rules.run("SSO-013", model);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).getMessage().contains("no enrollment method"), findings.get(0).getMessage());
    }

    @Test
    void aWellFormedSrvRecordPasses() {
        assertEquals(List.of(), Rules.run("SSO-014", Models.secureMailDeployment()));
    }

    @Test
    void aWrongPortAndARelativeTargetAreTwoErrorsOnTheRecord() {
        Resource model = Models.secureMailDeployment();
        SrvRecord record = domain(model).getExpectedSrvRecords().get(0);
        record.setPort(80);
        record.setTarget("mail.contoso.com");

        List<RuleDiagnostic> findings = Rules.run("SSO-014", model);

        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.getObjectPath()
                .equals("/exchange/mailDomains[contoso.com]/expectedSrvRecords[mail.contoso.com,80]")));
        assertEquals("443", findings.get(0).getExpected());
        assertEquals("mail.contoso.com.", findings.get(1).getExpected());
    }

    @Test
    void aDomainWithoutRecordIsAnErrorOnTheDomain() {
        Resource model = Models.secureMailDeployment();
        domain(model).getExpectedSrvRecords().clear();

        List<RuleDiagnostic> findings = Rules.run("SSO-014", model);

        assertEquals(1, findings.size());
        assertEquals("/exchange/mailDomains[contoso.com]", findings.get(0).getObjectPath());
    }

    @Test
    void aTargetInTheMailDomainPasses() {
        assertEquals(List.of(), Rules.run("SSO-015", Models.secureMailDeployment()));
    }

    @Test
    void aTargetOutsideTheMailDomainIsAWarning() {
        Resource model = Models.secureMailDeployment();
        domain(model).getExpectedSrvRecords().get(0).setTarget("outlook.office365.com.");

        List<RuleDiagnostic> findings = Rules.run("SSO-015", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
        assertTrue(findings.get(0).getMessage().contains("redirection"), findings.get(0).getMessage());
    }

    @Test
    void autodiscoverUnderAPublicSuffixIsAnError() {
        for (String target : List.of("autodiscover.com.", "Autodiscover.co.uk.", "autodiscover.com.br")) {
            Resource model = Models.secureMailDeployment();
            domain(model).getExpectedSrvRecords().get(0).setTarget(target);

            List<RuleDiagnostic> findings = Rules.run("SSO-015", model);

            assertEquals(1, findings.size(), target + ": " + findings);
            assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity(), target);
            assertTrue(findings.get(0).getMessage().contains("credential leak"), findings.get(0).getMessage());
        }
    }

    @Test
    void autodiscoverOfTheCustomersOwnDomainIsFine() {
        Resource model = Models.secureMailDeployment();
        domain(model).getExpectedSrvRecords().get(0).setTarget("autodiscover.contoso.com.");

        assertEquals(List.of(), Rules.run("SSO-015", model));
    }

    private static MailDomain domain(Resource model) {
        return Models.deployment(model).getExchange().getMailDomains().get(0);
    }
}
