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

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.templates.DeploymentTemplate;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New Deployment wizard's templates, checked with the real rules. */
class DeploymentTemplateTest {

    /** What the SSO templates settle; the rest needs the customer's .mdx files and directory. */
    private static final Set<String> SETTLED_BY_SSO_TEMPLATES = Set.of("SSO-001", "SSO-002", "SSO-003", "SSO-004",
            "SSO-005", "SSO-006", "SSO-007", "SSO-013", "SSO-014", "SSO-015", "SSO-016");

    @TempDir
    Path folder;

    @Test
    void theSsoTemplatesSatisfyTheServerEnrollmentAndDnsRules() throws Exception {
        for (DeploymentTemplate template : List.of(DeploymentTemplate.SSO_EMAIL_AUTODISCOVERY,
                DeploymentTemplate.SSO_SERVER_ADDRESS)) {
            List<RuleDiagnostic> findings = findings(saveAndLoad(template));

            List<String> unsettled = findings.stream().map(RuleDiagnostic::getRuleId)
                    .filter(SETTLED_BY_SSO_TEMPLATES::contains).toList();
            assertEquals(List.of(), unsettled, template + ": " + findings);
        }
    }

    @Test
    void theEmailTemplateRegistersTheMailDomainWithAutoDiscovery() {
        Deployment deployment = DeploymentTemplate.SSO_EMAIL_AUTODISCOVERY.create("Fabrikam", "emm.fabrikam.com",
                "fabrikam.com");

        assertEquals("fabrikam.com", deployment.getEnrollment().getAutoDiscoveryRegistrations().get(0).getDomain());
        assertEquals("mail.fabrikam.com.",
                deployment.getExchange().getMailDomains().get(0).getExpectedSrvRecords().get(0).getTarget());
        assertEquals(4, deployment.getDeliveryGroups().get(0).getApplications().size());
    }

    @Test
    void theEmptyTemplateHasOnlyTheServer() {
        Deployment deployment = DeploymentTemplate.EMPTY.create("Fabrikam", "emm.fabrikam.com", null);

        assertEquals("emm.fabrikam.com", deployment.getServer().getFqdn());
        assertTrue(deployment.getApplications().isEmpty() && deployment.getEnrollment() == null);
    }

    private Resource saveAndLoad(DeploymentTemplate template) throws Exception {
        Deployment created = template.create("Fabrikam", "emm.fabrikam.com", "fabrikam.com");
        Path file = folder.resolve(template.name() + ".emw");
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(created);
        DeploymentFiles.save(resource, file);
        Resource loaded = DeploymentFiles.load(file);
        assertTrue(EcoreUtil.equals(created, loaded.getContents().get(0)), "the template survives a save");
        return loaded;
    }

    private static List<RuleDiagnostic> findings(Resource model) {
        return new ValidationEngine(RuleRegistry.fromPlatform().rules().stream()
                .filter(rule -> rule.id().startsWith("SSO-")).toList()).validate(model).getChildren().stream()
                .map(RuleDiagnostic.class::cast).toList();
    }
}
