/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.deployment.SrvRecord;

/** A deployment whose values look like Markdown, HTML and XML markup. */
final class HostileModel {

    private HostileModel() {
    }

    /**
     * @param name the deployment's name
     * @return the deployment, in a resource of its own
     */
    static Deployment create(String name) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName(name);
        deployment.setDescription("Line one\n# line two\n| a | b |");
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn("emm.<b>bold</b>.example");
        server.setVersion(ServerVersion.valueOf("10.15"));
        deployment.setServer(server);
        ClientProperty pipes = factory.createClientProperty();
        pipes.setKey("KEY|WITH|PIPES");
        pipes.setValue("a|b`c``d\nsecond line");
        pipes.setDisplayName("<img src=x onerror=alert(1)>");
        server.getClientProperties().add(pipes);
        ClientProperty control = factory.createClientProperty();
        control.setKey("CONTROL");
        control.setValue("bell\u0007 and \uFFFF and ]]> end");
        server.getClientProperties().add(control);
        DeliveryGroup group = factory.createDeliveryGroup();
        group.setName("# Group *bold* _u_ [link](http://evil.example)");
        group.setDescription("- not a list\n1. not a list either");
        deployment.getDeliveryGroups().add(group);
        ExchangeOrganization exchange = factory.createExchangeOrganization();
        MailDomain domain = factory.createMailDomain();
        domain.setName("evil.example\"><script>");
        SrvRecord record = factory.createSrvRecord();
        record.setTarget("mail.evil.example.");
        record.setPort(443);
        domain.getExpectedSrvRecords().add(record);
        exchange.getMailDomains().add(domain);
        deployment.setExchange(exchange);
        Directory directory = factory.createDirectory();
        LdapServer ldap = factory.createLdapServer();
        ldap.setHost("dc1.evil.example");
        ldap.setBaseDn("DC=evil,DC=example");
        ldap.setBindCredential(CredentialReference.environment("EVIL_PASSWORD"));
        directory.getLdapServers().add(ldap);
        Persona persona = factory.createPersona();
        persona.setDisplayName("Mallory & Eve");
        persona.setMail("<script>@evil.example");
        directory.getPersonas().add(persona);
        deployment.setDirectory(directory);
        Resource resource = new ResourceImpl();
        resource.getContents().add(deployment);
        return deployment;
    }
}
