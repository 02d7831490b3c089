/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.templates;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.model.deployment.SrvRecord;

/**
 * Starting points for a new deployment model, as the New Deployment wizard
 * offers them. The SSO templates set what "SSO for Secure Mail" asks of the
 * server and its client properties and lay out apps, a delivery group and the
 * mail domain; what only the customer's files can tell (the apps' policy
 * catalogues from their .mdx files, the directory) is left for the consultant.
 *
 * @since 0.1
 */
public enum DeploymentTemplate {

    /** Secure Mail SSO for users who enroll with their email address (Citrix AutoDiscovery). */
    SSO_EMAIL_AUTODISCOVERY("SSO for Secure Mail \u2014 email enrollment with AutoDiscovery"),
    /** Secure Mail SSO for users who enroll with the server address. */
    SSO_SERVER_ADDRESS("SSO for Secure Mail \u2014 server address"),
    /** A deployment with only its server. */
    EMPTY("Empty");

    /** The client properties "SSO for Secure Mail" step 1a sets to true. */
    static final List<String> SSO_CLIENT_PROPERTIES = List.of("ENABLE_PASSCODE_AUTH", "ENABLE_PASSWORD_CACHING",
            "ENABLE_CREDENTIAL_STORE");

    /** SEND_LDAP_ATTRIBUTES as step 1b asks, in the canonical form of the macro documentation. */
    public static final String CANONICAL_LDAP_ATTRIBUTES = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountName=${user.samaccountname},displayName=${user.displayname},mail=${user.mail}";

    /** The first server version "SSO for Secure Mail" supports. */
    private static final String MINIMUM_VERSION = "10.5";

    private final String label;

    DeploymentTemplate(String label) {
        this.label = label;
    }

    /** @return the name users choose the template by */
    public String label() {
        return label;
    }

    /**
     * @param customer   the deployment's name, usually the customer's
     * @param serverFqdn the Endpoint Management server, e.g. emm.contoso.com
     * @param mailDomain the users' mail domain, e.g. contoso.com; used by the SSO templates
     * @return a new deployment, not yet in a resource
     */
    public Deployment create(String customer, String serverFqdn, String mailDomain) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(serverFqdn, "serverFqdn");
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName(customer);
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn(serverFqdn);
        deployment.setServer(server);
        if (this == EMPTY) {
            return deployment;
        }
        Objects.requireNonNull(mailDomain, "mailDomain");
        server.setVersion(ServerVersion.valueOf(MINIMUM_VERSION));
        for (String key : SSO_CLIENT_PROPERTIES) {
            server.getClientProperties().add(clientProperty(key, "true"));
        }
        server.getClientProperties().add(clientProperty("SEND_LDAP_ATTRIBUTES", CANONICAL_LDAP_ATTRIBUTES));
        ServerProperty macros = factory.createServerProperty();
        macros.setName("MAM_MACRO_SUPPORT");
        macros.setValue("true");
        server.getServerProperties().add(macros);
        deployment.setEnrollment(enrollment(serverFqdn, mailDomain));
        DeliveryGroup group = factory.createDeliveryGroup();
        group.setName("Secure Mail users");
        group.setDescription("Delivers Secure Hub and Secure Mail; add the directory group of the mail users.");
        deployment.getDeliveryGroups().add(group);
        for (AppRole role : List.of(AppRole.SECURE_HUB, AppRole.SECURE_MAIL)) {
            for (Platform platform : List.of(Platform.IOS, Platform.ANDROID)) {
                MdxApplication app = factory.createMdxApplication();
                app.setName(role == AppRole.SECURE_MAIL ? "Secure Mail" : "Secure Hub");
                app.setPlatform(platform);
                app.setRole(role);
                deployment.getApplications().add(app);
                AppAssignment assignment = factory.createAppAssignment();
                assignment.setApplication(app);
                assignment.setRequired(true);
                group.getApplications().add(assignment);
            }
        }
        deployment.setExchange(exchange(mailDomain));
        return deployment;
    }

    private Enrollment enrollment(String serverFqdn, String mailDomain) {
        Enrollment enrollment = DeploymentFactory.eINSTANCE.createEnrollment();
        if (this == SSO_EMAIL_AUTODISCOVERY) {
            enrollment.getMethods().add(EnrollmentMethod.EMAIL_AUTODISCOVERY);
            AutoDiscoveryRegistration registration = DeploymentFactory.eINSTANCE.createAutoDiscoveryRegistration();
            registration.setDomain(mailDomain);
            registration.setServerFqdn(serverFqdn);
            enrollment.getAutoDiscoveryRegistrations().add(registration);
        } else {
            enrollment.getMethods().add(EnrollmentMethod.SERVER_ADDRESS_TYPED);
            enrollment.getMethods().add(EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB);
        }
        return enrollment;
    }

    private static ExchangeOrganization exchange(String mailDomain) {
        ExchangeOrganization exchange = DeploymentFactory.eINSTANCE.createExchangeOrganization();
        MailDomain domain = DeploymentFactory.eINSTANCE.createMailDomain();
        domain.setName(mailDomain);
        SrvRecord srv = DeploymentFactory.eINSTANCE.createSrvRecord();
        srv.setTarget("mail." + mailDomain.toLowerCase(Locale.ROOT) + ".");
        domain.getExpectedSrvRecords().add(srv);
        exchange.getMailDomains().add(domain);
        return exchange;
    }

    private static ClientProperty clientProperty(String key, String value) {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        property.setKey(key);
        property.setValue(value);
        return property;
    }
}
