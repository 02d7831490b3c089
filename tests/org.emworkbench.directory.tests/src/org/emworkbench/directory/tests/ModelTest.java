/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.PolicyValueBinding;
import org.emworkbench.model.deployment.PolicyValueMeaning;
import org.emworkbench.model.deployment.TlsMode;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;
import org.junit.jupiter.api.Test;

/** What the directory bundle reads from a model: endpoints and the credential policy. */
class ModelTest {

    private static final DeploymentFactory FACTORY = DeploymentFactory.eINSTANCE;

    private static LdapServer server() {
        LdapServer server = FACTORY.createLdapServer();
        server.setHost("dc1.contoso.com");
        server.setPort(3269);
        server.setBaseDn("DC=contoso,DC=com");
        server.setBindDn("CN=svc-emm,DC=contoso,DC=com");
        server.setBindCredential(CredentialReference.environment("EMW_LDAP_PASSWORD"));
        return server;
    }

    @Test
    void anEndpointTakesTheModelsServerAndTheUsersSettings() {
        DirectorySettings settings = new DirectorySettings(636, Tls.START_TLS, Duration.ofSeconds(7),
                Duration.ofSeconds(9), 250, "/etc/emw/trust.p12");
        DirectoryEndpoint endpoint = DirectoryEndpoint.of(server(), settings);
        assertEquals("dc1.contoso.com:3269", endpoint.server());
        assertEquals(Tls.START_TLS, endpoint.tls(), "the settings decide when the model leaves TLS unset");
        assertEquals(Duration.ofSeconds(9), endpoint.responseTimeout());
        assertEquals(250, endpoint.pageSize());
        assertEquals("/etc/emw/trust.p12", endpoint.trustStore());
        LdapServer ldaps = server();
        ldaps.setTlsMode(TlsMode.LDAPS);
        assertEquals(Tls.LDAPS, DirectoryEndpoint.of(ldaps, settings).tls());
        ldaps.setTlsMode(TlsMode.NONE);
        assertEquals(Tls.NONE, DirectoryEndpoint.of(ldaps, settings).tls());
    }

    @Test
    void anEndpointNeedsAHostAndACredentialForItsBindDn() {
        LdapServer noHost = server();
        noHost.setHost(" ");
        assertThrows(IllegalArgumentException.class, () -> DirectoryEndpoint.of(noHost, DirectorySettings.DEFAULTS));
        LdapServer noCredential = server();
        noCredential.setBindCredential(null);
        assertThrows(IllegalArgumentException.class,
                () -> DirectoryEndpoint.of(noCredential, DirectorySettings.DEFAULTS));
        assertEquals("[::1]:389", DirectoryEndpoint.of("::1", 389, DirectorySettings.DEFAULTS).server());
    }

    private static Deployment secureMail(String value) {
        Deployment deployment = FACTORY.createDeployment();
        MdxApplication mail = FACTORY.createMdxApplication();
        mail.setName("Secure Mail");
        mail.setRole(AppRole.SECURE_MAIL);
        if (value != null) {
            PolicyValue set = FACTORY.createPolicyValue();
            set.setPolicyName("InitialAuthenticationCredentials");
            set.setValue(value);
            mail.getPolicyValues().add(set);
        }
        deployment.getApplications().add(mail);
        PolicyBinding binding = FACTORY.createPolicyBinding();
        binding.setAppRole(AppRole.SECURE_MAIL);
        binding.setPolicyName("InitialAuthenticationCredentials");
        binding.setMeaning(PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS);
        binding.getValueBindings().add(valueBinding("upn", PolicyValueMeaning.USER_PRINCIPAL_NAME));
        binding.getValueBindings().add(valueBinding("sam", PolicyValueMeaning.SAM_ACCOUNT_NAME));
        deployment.getPolicyBindings().add(binding);
        return deployment;
    }

    private static PolicyValueBinding valueBinding(String value, PolicyValueMeaning meaning) {
        PolicyValueBinding binding = FACTORY.createPolicyValueBinding();
        binding.setValue(value);
        binding.setMeaning(meaning);
        return binding;
    }

    @Test
    void theCredentialPolicyIsSecureMailsInitialAuthenticationCredentials() {
        assertEquals(CredentialPolicy.USER_PRINCIPAL_NAME, CredentialPolicy.of(secureMail("upn")));
        assertEquals(CredentialPolicy.SAM_ACCOUNT_NAME, CredentialPolicy.of(secureMail("sam")));
        assertEquals(CredentialPolicy.UNKNOWN, CredentialPolicy.of(secureMail(null)));
    }

    @Test
    void withoutThePolicyExchangesLogonFormDecides() {
        Deployment deployment = secureMail(null);
        ExchangeOrganization exchange = FACTORY.createExchangeOrganization();
        exchange.setLogonForm(ExchangeLogonForm.UPN);
        deployment.setExchange(exchange);
        assertEquals(CredentialPolicy.USER_PRINCIPAL_NAME, CredentialPolicy.of(deployment));
        exchange.setLogonForm(ExchangeLogonForm.DOMAIN_BACKSLASH_USER);
        assertEquals(CredentialPolicy.SAM_ACCOUNT_NAME, CredentialPolicy.of(deployment));
        Deployment set = secureMail("upn");
        set.setExchange(exchange);
        assertEquals(CredentialPolicy.USER_PRINCIPAL_NAME, CredentialPolicy.of(set), "the policy wins");
    }

    @Test
    void anEndpointNamesItsCredentialReferenceNeverASecret() {
        String text = DirectoryEndpoint.of(server(), DirectorySettings.DEFAULTS).toString();
        assertTrue(text.contains("env:EMW_LDAP_PASSWORD"), text);
        assertFalse(text.contains("password="), text);
    }
}
