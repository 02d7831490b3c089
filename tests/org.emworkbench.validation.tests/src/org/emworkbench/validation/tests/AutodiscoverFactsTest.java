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
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** The public suffixes of SSO-015 and the user macros of SSO-006 are data users can change. */
class AutodiscoverFactsTest extends UserFactsFolder {

    @Test
    void aUserCanAddAndRemovePublicSuffixes() throws IOException {
        Files.writeString(facts.resolve("public-suffixes.txt"), "example.museum\n!com\n");
        System.setProperty("emw.facts", facts.toString());

        assertEquals(List.of(Diagnostic.ERROR), severities(withTarget("autodiscover.example.museum.")));
        assertEquals(List.of(Diagnostic.WARNING), severities(withTarget("autodiscover.com.")),
                "com removed: only outside the mail domain");
    }

    @Test
    void aMissingFactsFolderIsReportedAndTheBundledFactsAreUsed() {
        System.setProperty("emw.facts", facts.resolve("nowhere").toString());

        List<RuleDiagnostic> findings = Rules.run("SSO-015", withTarget("autodiscover.com."));

        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).getMessage().contains("is not a folder"), findings.get(0).getMessage());
        assertEquals(Diagnostic.ERROR, findings.get(1).getSeverity());
    }

    @Test
    void aUserCanDocumentAMacroForTheHygieneRule() throws IOException {
        Resource model = Models.deploymentWith("X", "${user.employeeid}");
        assertEquals(1, Rules.run("SSO-006", model).size());

        Files.writeString(facts.resolve("user-macros.csv"), "employeeid,employeeID,V,our directory\n");
        System.setProperty("emw.facts", facts.toString());

        assertEquals(List.of(), Rules.run("SSO-006", model));
    }

    private static Resource withTarget(String target) {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getExchange().getMailDomains().get(0).getExpectedSrvRecords().get(0).setTarget(target);
        return model;
    }

    private static List<Integer> severities(Resource model) {
        return Rules.run("SSO-015", model).stream().map(RuleDiagnostic::getSeverity).toList();
    }
}
