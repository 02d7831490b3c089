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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link DeploymentFiles#save} writes: the form the examples are written in, whatever the platform. */
class SaveFormatTest {

    @TempDir
    Path folder;

    @Test
    void aReferenceIsWrittenAsTheKeysOfItsTargetNotItsPosition() throws Exception {
        Path file = folder.resolve("model.emw");

        DeploymentFiles.save(resourceWith(deploymentAssigning("Secure Mail")), file);

        String text = Files.readString(file);
        assertTrue(text.contains(
                "<applications application=\"//@applications[name='Secure%20Mail',platform='ios']\"/>"), text);
        assertFalse(text.contains("@applications."), "no positional reference: " + text);
    }

    @Test
    void aReferenceToAnObjectWithMarkupInItsKeyStaysWellFormedAndResolves() throws Exception {
        Path file = folder.resolve("model.emw");
        Deployment deployment = deploymentAssigning("Mail & \"Calendar\" <beta>");

        DeploymentFiles.save(resourceWith(deployment), file);

        Deployment reloaded = (Deployment) DeploymentFiles.load(file).getContents().get(0);
        assertTrue(EcoreUtil.equals(deployment, reloaded));
        AppAssignment assignment = reloaded.getDeliveryGroups().get(0).getApplications().get(0);
        assertSame(reloaded.getApplications().get(0), assignment.getApplication());
    }

    @Test
    void theSameModelGivesTheSameBytesEveryTime() throws Exception {
        DeploymentFiles.save(resourceWith(deploymentAssigning("Secure Mail")), folder.resolve("first.emw"));
        DeploymentFiles.save(resourceWith(deploymentAssigning("Secure Mail")), folder.resolve("second.emw"));

        byte[] first = Files.readAllBytes(folder.resolve("first.emw"));
        assertArrayEquals(first, Files.readAllBytes(folder.resolve("second.emw")));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<deployment:Deployment "), text);
        assertEquals(-1, text.indexOf('\r'), "lines end in \\n only");
    }

    /**
     * EMF takes the platform's line separator unless told otherwise (and reads
     * it once per process, so a test cannot switch platforms): a file saved on
     * Windows must have the same bytes as one saved on Linux.
     */
    @Test
    void theSaveOptionsDoNotDependOnThePlatform() {
        Map<Object, Object> options = DeploymentFiles.saveOptions();

        assertEquals("\n", options.get(Resource.OPTION_LINE_DELIMITER));
        assertEquals("UTF-8", options.get(XMLResource.OPTION_ENCODING));
    }

    private static Deployment deploymentAssigning(String applicationName) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName("Contoso");
        MdxApplication application = factory.createMdxApplication();
        application.setName(applicationName);
        application.setPlatform(Platform.IOS);
        deployment.getApplications().add(application);
        DeliveryGroup group = factory.createDeliveryGroup();
        group.setName("Mobile Mail");
        AppAssignment assignment = factory.createAppAssignment();
        assignment.setApplication(application);
        group.getApplications().add(assignment);
        deployment.getDeliveryGroups().add(group);
        return deployment;
    }

    private static Resource resourceWith(Deployment deployment) {
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI("unsaved.emw"));
        resource.getContents().add(deployment);
        return resource;
    }
}
