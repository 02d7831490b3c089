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
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-005: SEND_LDAP_ATTRIBUTES maps the four attributes Secure Mail needs. */
class SendLdapAttributesRuleTest {

    private static final String PATH = "/server/clientProperties[SEND_LDAP_ATTRIBUTES]";

    @Test
    void theCanonicalValuePasses() {
        assertEquals(List.of(), run(Models.CANONICAL_LDAP_ATTRIBUTES));
    }

    @Test
    void theSeedsLiteralValuePassesWithOnlyAnInfoAboutTheTypo() {
        List<RuleDiagnostic> findings = run(Models.SEED_LDAP_ATTRIBUTES);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.INFO, findings.get(0).getSeverity());
        assertEquals("sAMAccountNAme", findings.get(0).getActual());
        assertEquals("sAMAccountName", findings.get(0).getExpected());
    }

    @Test
    void orderAndExtraAttributesDoNotMatter() {
        assertEquals(List.of(), run("mail=${user.mail},department=${user.department},displayName=${user.DISPLAYNAME},"
                + "userPrincipalName=${user.userprincipalname},sAMAccountName=${user.samaccountname}"));
    }

    @Test
    void aMissingAttributeIsAnErrorNamingItAndTheFix() {
        List<RuleDiagnostic> findings = run("userPrincipalName=${user.userprincipalname},"
                + "sAMAccountName=${user.samaccountname},displayName=${user.displayname}");

        assertEquals(1, findings.size(), findings.toString());
        RuleDiagnostic finding = findings.get(0);
        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(PATH, finding.getObjectPath());
        assertTrue(finding.getMessage().contains("does not map mail"), finding.getMessage());
        assertEquals("mail=${user.mail}", finding.getExpected());
        assertEquals("add mail=${user.mail} to the value", finding.getFixHint());
    }

    @Test
    void anAttributeMappedToAnotherMacroIsAnError() {
        List<RuleDiagnostic> findings = run(Models.CANONICAL_LDAP_ATTRIBUTES.replace("mail=${user.mail}",
                "mail=${user.userprincipalname}"));

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).getMessage().contains("maps mail to \"${user.userprincipalname}\""),
                findings.get(0).getMessage());
    }

    @Test
    void aValueWithTextAroundTheMacroIsNotAMapping() {
        List<RuleDiagnostic> findings = run(Models.CANONICAL_LDAP_ATTRIBUTES.replace("mail=${user.mail}",
                "mail=x${user.mail}"));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("mail=x${user.mail}", findings.get(0).getActual());
    }

    @Test
    void aPropertyNamedOnlyByItsDisplayNameIsMissing() {
        var model = Models.deploymentWith("LDAP_ATTRS", Models.CANONICAL_LDAP_ATTRIBUTES);
        Models.clientProperty(model, "LDAP_ATTRS").setDisplayName("SEND_LDAP_ATTRIBUTES");

        List<RuleDiagnostic> findings = Rules.run("SSO-005", model);

        assertEquals(1, findings.size());
        assertEquals("/server", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("only the display name"), findings.get(0).getMessage());
    }

    private static List<RuleDiagnostic> run(String value) {
        return Rules.run("SSO-005", Models.deploymentWith("SEND_LDAP_ATTRIBUTES", value));
    }
}
