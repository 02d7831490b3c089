/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.TlsMode;
import org.emworkbench.model.edit.DeploymentLabelsAdapterFactory;
import org.junit.jupiter.api.Test;

class DeploymentLabelsTest {

    private final DeploymentLabelsAdapterFactory factory = new DeploymentLabelsAdapterFactory();

    @Test
    void aClientPropertyShowsItsKeyAndValue() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        property.setKey("ENABLE_PASSCODE_AUTH");
        property.setValue("false");

        assertEquals("ENABLE_PASSCODE_AUTH = false", label(property));
    }

    @Test
    void missingKeysAndValuesAreNamedNotHidden() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        assertEquals("(no key) = (unset)", label(property));
        property.setValue("");
        assertEquals("(no key) = (empty)", label(property));
    }

    @Test
    void aServerShowsItsAddressAndVersion() {
        EndpointManagementServer server = DeploymentFactory.eINSTANCE.createEndpointManagementServer();
        assertEquals("Endpoint Management Server", label(server));
        server.setFqdn("emm.contoso.com");
        server.setVersion(ServerVersion.valueOf("10.15"));
        assertEquals("Endpoint Management Server emm.contoso.com (10.15)", label(server));
    }

    @Test
    void anAppShowsItsPlatformAndAGroupWhetherItIsDisabled() {
        MdxApplication app = DeploymentFactory.eINSTANCE.createMdxApplication();
        app.setName("Secure Mail");
        assertEquals("Secure Mail (no platform)", label(app));
        app.setPlatform(Platform.ANDROID);
        assertEquals("Secure Mail (Android)", label(app));

        DeliveryGroup group = DeploymentFactory.eINSTANCE.createDeliveryGroup();
        group.setName("AllUsers");
        group.setEnabled(false);
        assertEquals("Delivery group AllUsers (disabled)", label(group));
        AppAssignment assignment = DeploymentFactory.eINSTANCE.createAppAssignment();
        assignment.setApplication(app);
        assignment.setRequired(true);
        group.getApplications().add(assignment);
        assertEquals("Secure Mail (Android), required", label(assignment));
    }

    @Test
    void anLdapServerShowsHowItIsReached() {
        LdapServer server = DeploymentFactory.eINSTANCE.createLdapServer();
        server.setHost("dc1.contoso.com");
        assertEquals("ldap://dc1.contoso.com:389 (TLS mode not set)", label(server));
        server.setTlsMode(TlsMode.LDAPS);
        server.setPort(636);
        assertEquals("ldaps://dc1.contoso.com:636", label(server));
        server.setTlsMode(TlsMode.STARTTLS);
        server.setPort(389);
        assertEquals("ldap://dc1.contoso.com:389 (StartTLS)", label(server));
    }

    @Test
    void classesWithoutAnEmwLabelKeepTheGeneratedOne() {
        Persona persona = DeploymentFactory.eINSTANCE.createPersona();
        persona.setDisplayName("Megan Bowen");
        persona.setMail("megan.bowen@contoso.com");
        assertEquals("Megan Bowen <megan.bowen@contoso.com>", label(persona));
        MailDomain domain = DeploymentFactory.eINSTANCE.createMailDomain();
        domain.setName("contoso.com");
        assertEquals("Mail Domain contoso.com", label(domain));
    }

    @Test
    void theLabelsServeThroughAComposedFactoryAsEditorsUseIt() {
        ComposedAdapterFactory composed = new ComposedAdapterFactory(factory);
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        property.setKey("K");
        property.setValue("v");

        Object provider = composed.adapt((Notifier) property, IItemLabelProvider.class);

        assertEquals("K = v", ((IItemLabelProvider) provider).getText(property));
        composed.dispose();
    }

    @Test
    void anAutoDiscoveryRegistrationShowsItsDomainAndServer() {
        AutoDiscoveryRegistration registration = DeploymentFactory.eINSTANCE.createAutoDiscoveryRegistration();
        registration.setDomain("contoso.com");
        registration.setServerFqdn("emm.contoso.com");
        assertEquals("AutoDiscovery contoso.com \u2192 emm.contoso.com", label(registration));
    }

    @Test
    void theLabelFollowsChanges() {
        ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
        property.setKey("K");
        label(property);
        property.setValue("v");
        assertEquals("K = v", label(property));
    }

    private String label(Object object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
