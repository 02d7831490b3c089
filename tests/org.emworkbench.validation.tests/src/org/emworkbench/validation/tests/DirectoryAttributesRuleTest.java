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

import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-017: the directory returns what SEND_LDAP_ATTRIBUTES's macros read. */
class DirectoryAttributesRuleTest {

    @Test
    void attributesCompareIgnoringCase() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getDirectory().getUserAttributes().replaceAll(a -> a.toLowerCase());

        assertEquals(List.of(), Rules.run("SSO-017", model));
    }

    @Test
    void computedMacrosNeedNoAttribute() {
        Resource model = Models.secureMailDeployment();
        Models.clientProperty(model, "SEND_LDAP_ATTRIBUTES").setValue(Models.CANONICAL_LDAP_ATTRIBUTES
                + ",login=${user.loginname}");

        assertEquals(List.of(), Rules.run("SSO-017", model));
    }

    @Test
    void aMissingAttributeIsAnErrorOnTheDirectoryNamingTheMacro() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getDirectory().getUserAttributes().remove("sAMAccountName");

        List<RuleDiagnostic> findings = Rules.run("SSO-017", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("/directory", findings.get(0).getObjectPath());
        assertEquals("sAMAccountName", findings.get(0).getExpected());
        assertTrue(findings.get(0).getMessage().contains("${user.samaccountname}"), findings.get(0).getMessage());
    }

    @Test
    void anUnlistedMacroNeedsTheAttributeOfItsName() {
        Resource model = Models.secureMailDeployment();
        Models.clientProperty(model, "SEND_LDAP_ATTRIBUTES").setValue(Models.CANONICAL_LDAP_ATTRIBUTES
                + ",employeeId=${user.employeeID}");

        List<RuleDiagnostic> findings = Rules.run("SSO-017", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("employeeID", findings.get(0).getExpected());
    }

    @Test
    void aModelWithoutDirectoryIsAnError() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).setDirectory(null);

        assertEquals(1, Rules.run("SSO-017", model).size());
    }
}
