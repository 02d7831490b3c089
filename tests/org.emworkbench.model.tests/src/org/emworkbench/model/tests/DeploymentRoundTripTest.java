/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void aModelBuiltInMemorySurvivesSaveAndLoad() throws Exception {
        Deployment deployment = sampleDeployment();
        Path file = folder.resolve("sample.emw");
        save(deployment, file);

        Resource loaded = DeploymentFiles.load(file);

        Deployment reloaded = (Deployment) loaded.getContents().get(0);
        assertTrue(EcoreUtil.equals(deployment, reloaded), "the reloaded model equals the saved one");
        assertEquals("true", reloaded.getServer().getClientProperties().get(0).getValue());
    }

    @Test
    void savingALoadedExampleGivesTheSameBytes() throws Exception {
        List<Path> examples = Examples.all();
        assertTrue(examples.size() >= 18, "all examples are found: " + examples);
        for (Path original : examples) {
            String example = original.getFileName().toString();
            Resource loaded = DeploymentFiles.load(original);
            Path copy = folder.resolve(original.getFileName());
            loaded.setURI(URI.createFileURI(copy.toString()));
            loaded.save(Map.of());

            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy),
                    example + " is written back unchanged");
        }
    }

    @Test
    void referencesBetweenObjectsAreWrittenByKeyNotByPosition() throws Exception {
        String text = Files.readString(Examples.file("contoso/contoso.emw"));
        assertTrue(text.contains("application=\"//@applications[name='Secure%20Mail',platform='ios']\""), text);
        assertFalse(text.contains("@applications."), "no positional references");
    }

    @Test
    void everyExampleIsADeploymentWithAServer() throws Exception {
        Deployment contoso = (Deployment) DeploymentFiles.load(Examples.file("contoso/contoso.emw")).getContents()
                .get(0);
        assertEquals("Contoso", contoso.getName());
        assertEquals(ServerVersion.valueOf("10.15"), contoso.getServer().getVersion());
        assertEquals(5, contoso.getServer().getClientProperties().size());
        assertEquals(4, contoso.getApplications().size());
        assertEquals(3, contoso.getDeliveryGroups().size());
        assertEquals(2, contoso.getExchange().getMailDomains().size());
        assertEquals(2, contoso.getDirectory().getPersonas().size());
        AppAssignment secureMail = contoso.getDeliveryGroups().get(1).getApplications().get(2);
        assertEquals("Secure Mail", secureMail.getApplication().getName());
        assertEquals(Platform.IOS, secureMail.getApplication().getPlatform());
        assertEquals("env:EMW_LDAP_PASSWORD", contoso.getDirectory().getLdapServers().get(0).getBindCredential().toString());
    }

    private static Deployment sampleDeployment() {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName("Fabrikam");
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn("xms.fabrikam.example");
        server.setVersion(ServerVersion.valueOf("10.5"));
        deployment.setServer(server);
        for (String key : new String[] { "ENABLE_PASSCODE_AUTH", "ENABLE_PASSWORD_CACHING" }) {
            ClientProperty property = factory.createClientProperty();
            property.setKey(key);
            property.setValue("true");
            server.getClientProperties().add(property);
        }
        ClientProperty ldap = factory.createClientProperty();
        ldap.setKey("SEND_LDAP_ATTRIBUTES");
        ldap.setValue("mail=${user.mail}, displayName=\"<&>\"");
        server.getClientProperties().add(ldap);
        return deployment;
    }

    private static void save(Deployment deployment, Path file) throws IOException {
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(deployment);
        resource.save(Map.of());
    }
}
