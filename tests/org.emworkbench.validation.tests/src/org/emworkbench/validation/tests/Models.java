/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.PolicyValueBinding;
import org.emworkbench.model.deployment.PolicyValueMeaning;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.model.deployment.SrvRecord;

/** Builds small deployments in memory. */
final class Models {

    private Models() {
    }

    /**
     * @param properties alternating keys and values
     * @return a resource holding a deployment whose server has those client properties
     */
    static Resource deploymentWith(String... properties) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName("Test");
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn("xms.test.example");
        deployment.setServer(server);
        for (int i = 0; i < properties.length; i += 2) {
            ClientProperty property = factory.createClientProperty();
            property.setKey(properties[i]);
            property.setValue(properties[i + 1]);
            server.getClientProperties().add(property);
        }
        Resource resource = new ResourceImpl();
        resource.getContents().add(deployment);
        return resource;
    }

    /** The documented SEND_LDAP_ATTRIBUTES value without blanks, macro names as documented. */
    static final String CANONICAL_LDAP_ATTRIBUTES = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountName=${user.samaccountname},displayName=${user.displayname},mail=${user.mail}";

    /** The value as the seed prints it: blanks, a typo, displayName in camel case. */
    static final String SEED_LDAP_ATTRIBUTES = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountNAme=${user.samaccountname}, displayName= ${ user.displayName} ,mail= ${ user.mail}";

    /** The DN of the directory group that receives Secure Mail. */
    static final String MAIL_USERS = "CN=Mobile Mail Users,OU=Groups,DC=contoso,DC=com";

    /**
     * A small deployment that follows every step of Secure Mail SSO, for rules
     * to be tested on it and on variants of it: server 10.15 with the SSO
     * client properties and MAM_MACRO_SUPPORT, email enrollment for
     * contoso.com, Secure Mail for iOS with its catalogue, values and bindings
     * (placeholder policy names, as in the examples), one delivery group, UPN
     * logon, one SRV record, the four LDAP attributes and one persona.
     *
     * @return a resource holding the deployment
     */
    static Resource secureMailDeployment() {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Resource resource = deploymentWith("ENABLE_PASSCODE_AUTH", "true", "ENABLE_PASSWORD_CACHING", "true",
                "ENABLE_CREDENTIAL_STORE", "true", "SEND_LDAP_ATTRIBUTES", CANONICAL_LDAP_ATTRIBUTES);
        Deployment deployment = (Deployment) resource.getContents().get(0);
        EndpointManagementServer server = deployment.getServer();
        server.setVersion(ServerVersion.valueOf("10.15"));
        ServerProperty macroSupport = factory.createServerProperty();
        macroSupport.setName("MAM_MACRO_SUPPORT");
        macroSupport.setValue("true");
        server.getServerProperties().add(macroSupport);

        Enrollment enrollment = factory.createEnrollment();
        enrollment.getMethods().add(EnrollmentMethod.EMAIL_AUTODISCOVERY);
        AutoDiscoveryRegistration registration = factory.createAutoDiscoveryRegistration();
        registration.setDomain("contoso.com");
        registration.setServerFqdn("xms.test.example");
        enrollment.getAutoDiscoveryRegistrations().add(registration);
        deployment.setEnrollment(enrollment);

        MdxApplication mail = factory.createMdxApplication();
        mail.setName("Secure Mail");
        mail.setPlatform(Platform.IOS);
        mail.setRole(AppRole.SECURE_MAIL);
        policy(mail, "InitialAuthenticationMechanism", "Initial authentication mechanism", "mdxProvidedServerAddress",
                "userEmailAddress", "mdxProvidedServerAddress", "MDX-provided server address", "userEmailAddress",
                "User email address");
        policy(mail, "InitialAuthenticationCredentials", "Initial authentication credentials", "enrollmentUserName",
                "userPrincipalName", "enrollmentUserName", "Enrollment user name", "userPrincipalName",
                "userPrincipalName", "sAMAccountName", "sAMAccountName");
        policy(mail, "ExchangeServer", "Secure Mail Exchange Server", null, "");
        policy(mail, "UserDomain", "Secure Mail user domain", null, "");
        deployment.getApplications().add(mail);
        MdxApplication hub = factory.createMdxApplication();
        hub.setName("Secure Hub");
        hub.setPlatform(Platform.IOS);
        hub.setRole(AppRole.SECURE_HUB);
        deployment.getApplications().add(hub);

        binding(deployment, "InitialAuthenticationMechanism", PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM,
                "userEmailAddress", PolicyValueMeaning.USER_EMAIL_ADDRESS);
        binding(deployment, "InitialAuthenticationCredentials", PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS,
                "userPrincipalName", PolicyValueMeaning.USER_PRINCIPAL_NAME, "sAMAccountName",
                PolicyValueMeaning.SAM_ACCOUNT_NAME);
        binding(deployment, "ExchangeServer", PolicyMeaning.EXCHANGE_SERVER);
        binding(deployment, "UserDomain", PolicyMeaning.USER_DOMAIN);

        DeliveryGroup allUsers = factory.createDeliveryGroup();
        allUsers.setName("AllUsers");
        allUsers.setBuiltIn(true);
        allUsers.setEnabled(false);
        deployment.getDeliveryGroups().add(allUsers);
        DeliveryGroup group = factory.createDeliveryGroup();
        group.setName("Mobile Mail");
        DirectoryPrincipal members = factory.createDirectoryPrincipal();
        members.setDomainName("contoso.com");
        members.setUniqueId(MAIL_USERS);
        group.getGroups().add(members);
        for (MdxApplication app : deployment.getApplications()) {
            AppAssignment assignment = factory.createAppAssignment();
            assignment.setApplication(app);
            assignment.setRequired(true);
            group.getApplications().add(assignment);
        }
        deployment.getDeliveryGroups().add(group);

        ExchangeOrganization exchange = factory.createExchangeOrganization();
        exchange.setLogonForm(ExchangeLogonForm.UPN);
        MailDomain domain = factory.createMailDomain();
        domain.setName("contoso.com");
        SrvRecord record = factory.createSrvRecord();
        record.setTarget("mail.contoso.com.");
        domain.getExpectedSrvRecords().add(record);
        exchange.getMailDomains().add(domain);
        deployment.setExchange(exchange);

        Directory directory = factory.createDirectory();
        directory.getUserAttributes().addAll(List.of("userPrincipalName", "sAMAccountName", "displayName",
                "mail"));
        Persona persona = factory.createPersona();
        persona.setDisplayName("Megan Bowen");
        persona.setMail("megan.bowen@contoso.com");
        persona.setUserPrincipalName("megan.bowen@contoso.com");
        persona.setSAMAccountName("mbowen");
        persona.getExpectedGroups().add(MAIL_USERS);
        directory.getPersonas().add(persona);
        deployment.setDirectory(directory);
        return resource;
    }

    /**
     * @param resource a resource holding a deployment
     * @return the deployment
     */
    static Deployment deployment(Resource resource) {
        return (Deployment) resource.getContents().get(0);
    }

    /**
     * @param resource a resource made by {@link #secureMailDeployment()}
     * @return its Secure Mail app
     */
    static MdxApplication secureMail(Resource resource) {
        return deployment(resource).getApplications().get(0);
    }

    /**
     * @param resource   a resource made by {@link #secureMailDeployment()}
     * @param policyName a policy name of Secure Mail
     * @return the value Secure Mail has for it
     */
    static PolicyValue policyValue(Resource resource, String policyName) {
        return secureMail(resource).getPolicyValues().stream().filter(v -> v.getPolicyName().equals(policyName))
                .findFirst().orElseThrow();
    }

    /**
     * @param resource a resource holding a deployment
     * @param key      a client property key
     * @return the first client property with that key
     */
    static ClientProperty clientProperty(Resource resource, String key) {
        return deployment(resource).getServer().getClientProperties().stream().filter(p -> key.equals(p.getKey()))
                .findFirst().orElseThrow();
    }

    private static void policy(MdxApplication app, String name, String title, String defaultValue, String value,
            String... valuesAndLabels) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        PolicyDefinition definition = factory.createPolicyDefinition();
        definition.setName(name);
        definition.setTitle(title);
        definition.setDefaultValue(defaultValue);
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            AllowedValue allowed = factory.createAllowedValue();
            allowed.setValue(valuesAndLabels[i]);
            allowed.setLabel(valuesAndLabels[i + 1]);
            definition.getAllowedValues().add(allowed);
        }
        app.getPolicies().add(definition);
        PolicyValue policyValue = factory.createPolicyValue();
        policyValue.setPolicyName(name);
        policyValue.setValue(value);
        app.getPolicyValues().add(policyValue);
    }

    private static void binding(Deployment deployment, String policyName, PolicyMeaning meaning,
            Object... valuesAndMeanings) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        PolicyBinding binding = factory.createPolicyBinding();
        binding.setAppRole(AppRole.SECURE_MAIL);
        binding.setPolicyName(policyName);
        binding.setMeaning(meaning);
        for (int i = 0; i < valuesAndMeanings.length; i += 2) {
            PolicyValueBinding value = factory.createPolicyValueBinding();
            value.setValue((String) valuesAndMeanings[i]);
            value.setMeaning((PolicyValueMeaning) valuesAndMeanings[i + 1]);
            binding.getValueBindings().add(value);
        }
        deployment.getPolicyBindings().add(binding);
    }
}
