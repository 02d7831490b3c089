/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.synthetic.DeploymentShape;
import org.emworkbench.tests.support.synthetic.SyntheticDeployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDeploymentsTest {

    /** Small enough to be quick, with every kind of object. */
    private static final DeploymentShape SMALL = new DeploymentShape(7, 5, 6, 9, 4, 3, 8, 12, 6, 3, 3, 2, 4);

    @TempDir
    Path folder;

    @Test
    void theGeneratedModelHasTheObjectCountItsShapePredicts() {
        for (DeploymentShape shape : new DeploymentShape[] { SMALL, DeploymentShape.MEDIUM }) {
            Deployment deployment = SyntheticDeployments.generate(shape, 1);
            assertEquals(shape.objectCount(), SyntheticDeployments.countObjects(deployment), shape.toString());
        }
    }

    @Test
    void theBenchmarkShapesHaveAbout53kAnd105kObjects() {
        assertTrue(Math.abs(DeploymentShape.MEDIUM.objectCount() - 53_000) < 1_000,
                "MEDIUM has " + DeploymentShape.MEDIUM.objectCount());
        assertTrue(Math.abs(DeploymentShape.LARGE.objectCount() - 106_000) < 2_000,
                "LARGE has " + DeploymentShape.LARGE.objectCount());
    }

    @Test
    void theSameSeedGivesAnEqualModelAndAnotherSeedADifferentOne() {
        Deployment first = SyntheticDeployments.generate(SMALL, 42);
        Deployment again = SyntheticDeployments.generate(SMALL, 42);
        Deployment other = SyntheticDeployments.generate(SMALL, 43);

        assertTrue(EcoreUtil.equals(first, again), "same seed, equal models");
        assertFalse(EcoreUtil.equals(first, other), "another seed, another model");
    }

    @Test
    void appAssignmentsReferToDistinctAppsOfTheSameDeployment() {
        Deployment deployment = SyntheticDeployments.generate(SMALL, 7);
        for (DeliveryGroup group : deployment.getDeliveryGroups()) {
            Set<MdxApplication> delivered = new HashSet<>();
            for (AppAssignment assignment : group.getApplications()) {
                assertSame(deployment, assignment.getApplication().eContainer(), group.getName());
                assertTrue(delivered.add(assignment.getApplication()), group.getName() + " delivers an app twice");
            }
            assertEquals(SMALL.appAssignmentsPerGroup(), delivered.size(), group.getName());
        }
    }

    @Test
    void aGeneratedModelSavesAndLoadsWithEmwsLoaderUnchanged() throws Exception {
        Deployment deployment = SyntheticDeployments.generate(DeploymentShape.MEDIUM, 3);
        Path file = folder.resolve("medium.emw");
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(deployment);
        resource.save(Map.of());

        Deployment loaded = (Deployment) DeploymentFiles.load(file).getContents().get(0);

        assertEquals(DeploymentShape.MEDIUM.objectCount(), SyntheticDeployments.countObjects(loaded));
        assertTrue(EcoreUtil.equals(deployment, loaded), "the reloaded model equals the generated one");
        for (DeliveryGroup group : loaded.getDeliveryGroups()) {
            for (AppAssignment assignment : group.getApplications()) {
                assertFalse(assignment.getApplication().eIsProxy(), group.getName() + " has an unresolved app");
                assertSame(loaded, assignment.getApplication().eContainer(), group.getName());
            }
        }
    }

    @Test
    void contradictoryShapesAreRefusedNamingTheParameter() {
        IllegalArgumentException tooManyValues = assertThrows(IllegalArgumentException.class,
                () -> new DeploymentShape(0, 0, 1, 2, 0, 0, 3, 0, 0, 0, 0, 0, 0));
        assertTrue(tooManyValues.getMessage().contains("policyValuesPerApplication"), tooManyValues.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new DeploymentShape(0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertTrue(negative.getMessage().contains("serverProperties"), negative.getMessage());
    }
}
