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
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.validation.RuleDiagnostic;
import org.junit.jupiter.api.Test;

/** SSO-008 to SSO-011: Secure Mail's policies, found through roles and policy bindings. */
class SecureMailPolicyRulesTest {

    private static final String APP = "/applications[Secure Mail,ios]";

    @Test
    void theUserEmailAddressPasses() {
        assertEquals(List.of(), Rules.run("SSO-008", Models.secureMailDeployment()));
    }

    @Test
    void anotherMechanismIsAnErrorOnThePolicyValue() {
        Resource model = Models.secureMailDeployment();
        Models.policyValue(model, "InitialAuthenticationMechanism").setValue("mdxProvidedServerAddress");

        List<RuleDiagnostic> findings = Rules.run("SSO-008", model);

        assertEquals(1, findings.size(), findings.toString());
        RuleDiagnostic finding = findings.get(0);
        assertEquals(APP + "/policyValues[InitialAuthenticationMechanism]", finding.getObjectPath());
        assertEquals("userEmailAddress", finding.getExpected());
        assertEquals("mdxProvidedServerAddress", finding.getActual());
        assertTrue(finding.getMessage().contains("(MDX-provided server address)"), finding.getMessage());
        assertTrue(finding.getFixHint().contains("'User email address'"), finding.getFixHint());
    }

    @Test
    void anUnsetMechanismHasItsDefaultAndIsReportedOnTheApp() {
        Resource model = Models.secureMailDeployment();
        Models.secureMail(model).getPolicyValues().remove(Models.policyValue(model, "InitialAuthenticationMechanism"));

        List<RuleDiagnostic> findings = Rules.run("SSO-008", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(APP, findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("is not set, and its default"), findings.get(0).getMessage());
    }

    @Test
    void policiesAreFoundByBindingNotByName() {
        Resource model = Models.secureMailDeployment();
        renamePolicy(model, "InitialAuthenticationMechanism", "AuthMode");

        assertEquals(List.of(), Rules.run("SSO-008", model));
    }

    @Test
    void aMissingBindingIsReportedOnceOnTheDeploymentWithTheCandidatePolicy() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getPolicyBindings().remove(binding(model, PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM));

        List<RuleDiagnostic> findings = Rules.run("SSO-008", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("/", findings.get(0).getObjectPath());
        assertEquals("add a policy binding: appRole secureMail, policyName InitialAuthenticationMechanism, meaning "
                + "initialAuthenticationMechanism", findings.get(0).getFixHint());
    }

    @Test
    void aBindingNamingAPolicyTheAppDoesNotHaveIsReportedOnTheApp() {
        Resource model = Models.secureMailDeployment();
        binding(model, PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM).setPolicyName("AuthMode");

        List<RuleDiagnostic> findings = Rules.run("SSO-008", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(APP, findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("has no policy AuthMode"), findings.get(0).getMessage());
        assertTrue(findings.get(0).getFixHint().contains("set the binding's policyName to InitialAuthenticationMechanism"),
                findings.get(0).getFixHint());
    }

    @Test
    void aBindingWithoutTheEmailValueIsReportedOnceOnTheBinding() {
        Resource model = Models.secureMailDeployment();
        MdxApplication android = EcoreUtil.copy(Models.secureMail(model));
        android.setPlatform(Platform.ANDROID);
        Models.deployment(model).getApplications().add(android);
        binding(model, PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM).getValueBindings().clear();

        List<RuleDiagnostic> findings = Rules.run("SSO-008", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("/policyBindings[secureMail,InitialAuthenticationMechanism]", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getFixHint().contains("value userEmailAddress"), findings.get(0).getFixHint());
    }

    @Test
    void aDeploymentWithoutSecureMailHasNoPolicyFinding() {
        assertEquals(List.of(), Rules.run("SSO-008", Models.deploymentWith()));
    }

    @Test
    void credentialsMatchingTheLogonFormPass() {
        assertEquals(List.of(), Rules.run("SSO-009", Models.secureMailDeployment()));
        Resource model = Models.secureMailDeployment();
        Models.policyValue(model, "InitialAuthenticationCredentials").setValue("sAMAccountName");
        Models.deployment(model).getExchange().setLogonForm(ExchangeLogonForm.DOMAIN_BACKSLASH_USER);
        assertEquals(List.of(), Rules.run("SSO-009", model));
    }

    @Test
    void everySecureMailAppIsChecked() {
        Resource model = Models.secureMailDeployment();
        MdxApplication android = EcoreUtil.copy(Models.secureMail(model));
        android.setPlatform(Platform.ANDROID);
        android.getPolicyValues().stream().filter(v -> v.getPolicyName().equals("InitialAuthenticationCredentials"))
                .forEach(v -> v.setValue("sAMAccountName"));
        Models.deployment(model).getApplications().add(android);

        List<RuleDiagnostic> findings = Rules.run("SSO-009", model);

        assertEquals(List.of("/applications[Secure Mail,android]/policyValues[InitialAuthenticationCredentials]"),
                findings.stream().map(RuleDiagnostic::getObjectPath).toList());
    }

    @Test
    void credentialsNotMatchingTheLogonFormAreAnError() {
        Resource model = Models.secureMailDeployment();
        Models.policyValue(model, "InitialAuthenticationCredentials").setValue("sAMAccountName");

        List<RuleDiagnostic> findings = Rules.run("SSO-009", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
        assertEquals("userPrincipalName", findings.get(0).getExpected());
        assertTrue(findings.get(0).getMessage().contains("Exchange accepts UPN logon"), findings.get(0).getMessage());
    }

    @Test
    void theEnrollmentUserNameIsAnError() {
        Resource model = Models.secureMailDeployment();
        Models.policyValue(model, "InitialAuthenticationCredentials").setValue("enrollmentUserName");

        List<RuleDiagnostic> findings = Rules.run("SSO-009", model);

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).getMessage().contains("neither userPrincipalName nor sAMAccountName"),
                findings.get(0).getMessage());
    }

    @Test
    void anUnknownLogonFormIsOneWarning() {
        Resource model = Models.secureMailDeployment();
        Models.deployment(model).getExchange().unsetLogonForm();

        List<RuleDiagnostic> findings = Rules.run("SSO-009", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
        assertEquals("/exchange", findings.get(0).getObjectPath());
        assertTrue(findings.get(0).getMessage().contains("cannot be checked"), findings.get(0).getMessage());
    }

    @Test
    void emptyExchangeServerAndUserDomainPass() {
        assertEquals(List.of(), Rules.run("SSO-010", Models.secureMailDeployment()));
        assertEquals(List.of(), Rules.run("SSO-011", Models.secureMailDeployment()));
    }

    @Test
    void aFilledExchangeServerIsAnError() {
        Resource model = Models.secureMailDeployment();
        Models.policyValue(model, "ExchangeServer").setValue("mail.contoso.com");

        List<RuleDiagnostic> findings = Rules.run("SSO-010", model);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(APP + "/policyValues[ExchangeServer]", findings.get(0).getObjectPath());
        assertEquals("", findings.get(0).getExpected());
        assertEquals("mail.contoso.com", findings.get(0).getActual());
    }

    @Test
    void aFilledUserDomainIsAnErrorAndSoIsANonEmptyDefault() {
        Resource model = Models.secureMailDeployment();
        Models.policyValue(model, "UserDomain").setValue("CONTOSO");
        assertEquals(1, Rules.run("SSO-011", model).size());

        Models.secureMail(model).getPolicyValues().remove(Models.policyValue(model, "UserDomain"));
        Models.secureMail(model).getPolicies().stream().filter(p -> p.getName().equals("UserDomain")).findFirst()
                .orElseThrow().setDefaultValue("CONTOSO");
        List<RuleDiagnostic> findings = Rules.run("SSO-011", model);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).getMessage().contains("its default \"CONTOSO\""), findings.get(0).getMessage());
    }

    private static PolicyBinding binding(Resource model, PolicyMeaning meaning) {
        return Models.deployment(model).getPolicyBindings().stream().filter(b -> b.getMeaning() == meaning)
                .findFirst().orElseThrow();
    }

    private static void renamePolicy(Resource model, String from, String to) {
        MdxApplication app = Models.secureMail(model);
        app.getPolicies().stream().filter(p -> p.getName().equals(from)).forEach(p -> p.setName(to));
        app.getPolicyValues().stream().filter(p -> p.getPolicyName().equals(from)).forEach(p -> p.setPolicyName(to));
        Models.deployment(model).getPolicyBindings().stream().filter(b -> b.getPolicyName().equals(from))
                .forEach(b -> b.setPolicyName(to));
    }
}
