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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelSaveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DeploymentFiles#save}: atomic replacement, one backup, nothing left behind when it fails. */
class AtomicSaveTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileIsWrittenWithoutBackupOrLeftovers() throws Exception {
        Path file = folder.resolve("new.emw");

        assertTrue(DeploymentFiles.save(resourceWith(deployment("10.15")), file));

        assertEquals(List.of("new.emw"), filesIn(folder));
        assertEquals("10.15", server(DeploymentFiles.load(file)).getVersion().toString());
    }

    @Test
    void theBackupHoldsThePreviousVersionAndIsReplacedByEverySave() throws Exception {
        Path file = folder.resolve("model.emw");
        Resource resource = resourceWith(deployment("10.5"));
        DeploymentFiles.save(resource, file);
        byte[] first = Files.readAllBytes(file);

        server(resource).setVersion(ServerVersion.valueOf("10.15"));
        DeploymentFiles.save(resource, file);
        byte[] second = Files.readAllBytes(file);

        assertArrayEquals(first, Files.readAllBytes(folder.resolve("model.emw.bak")), "the backup is the first save");
        assertEquals("10.15", server(DeploymentFiles.load(file)).getVersion().toString());

        server(resource).setVersion(ServerVersion.valueOf("11.0"));
        DeploymentFiles.save(resource, file);

        assertArrayEquals(second, Files.readAllBytes(folder.resolve("model.emw.bak")), "the backup is the second save");
        assertEquals(List.of("model.emw", "model.emw.bak"), filesIn(folder), "exactly one backup, no leftovers");
    }

    @Test
    void savingAnUnchangedModelTouchesNeitherTheFileNorItsBackup() throws Exception {
        Path file = folder.resolve("model.emw");
        Resource resource = resourceWith(deployment("10.5"));
        DeploymentFiles.save(resource, file);
        server(resource).setVersion(ServerVersion.valueOf("10.15"));
        DeploymentFiles.save(resource, file);
        byte[] backup = Files.readAllBytes(folder.resolve("model.emw.bak"));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);

        assertFalse(DeploymentFiles.save(resource, file), "nothing to write");

        assertEquals(written, Files.getLastModifiedTime(file));
        assertArrayEquals(backup, Files.readAllBytes(folder.resolve("model.emw.bak")),
                "the backup still holds the version before the last real change");
        assertEquals(List.of("model.emw", "model.emw.bak"), filesIn(folder));
    }

    @Test
    void aSerialisationThatFailsMidwayLeavesTheFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("model.emw");
        Resource resource = resourceWith(deployment("10.5"));
        DeploymentFiles.save(resource, file);
        byte[] before = Files.readAllBytes(file);
        server(resource).getClientProperties().add(propertyWhoseValueCannotBeWritten());
        resource.setModified(true);

        ModelSaveException e = assertThrows(ModelSaveException.class, () -> DeploymentFiles.save(resource, file));

        assertArrayEquals(before, Files.readAllBytes(file), "the file is byte for byte as before");
        assertEquals(List.of("model.emw"), filesIn(folder), "no temporary file and no backup of a failed save");
        assertTrue(e.getMessage().startsWith(file + ": not saved: the model cannot be written"), e.getMessage());
        assertTrue(e.getMessage().contains("the file on disk is unchanged"), e.getMessage());
        assertTrue(resource.isModified(), "the model is still unsaved");
    }

    /** EMF notices a reference to an object outside the model only after it has written the whole file. */
    @Test
    void aDanglingReferenceFailsTheSaveAndLeavesTheFileAsItWas() throws Exception {
        Path file = folder.resolve("model.emw");
        Deployment deployment = deployment("10.15");
        Resource resource = resourceWith(deployment);
        DeploymentFiles.save(resource, file);
        byte[] before = Files.readAllBytes(file);
        MdxApplication elsewhere = DeploymentFactory.eINSTANCE.createMdxApplication();
        elsewhere.setName("Not in the model");
        DeliveryGroup group = DeploymentFactory.eINSTANCE.createDeliveryGroup();
        group.setName("Mobile Mail");
        AppAssignment assignment = DeploymentFactory.eINSTANCE.createAppAssignment();
        assignment.setApplication(elsewhere);
        group.getApplications().add(assignment);
        deployment.getDeliveryGroups().add(group);

        ModelSaveException e = assertThrows(ModelSaveException.class, () -> DeploymentFiles.save(resource, file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("model.emw"), filesIn(folder));
        assertTrue(e.getReason().contains("a reference points to an object that is not part of the model"),
                e.getMessage());
    }

    @Test
    void whenTheBackupCannotBeReplacedTheFileIsNotReplacedEither() throws Exception {
        Path file = folder.resolve("model.emw");
        Resource resource = resourceWith(deployment("10.5"));
        DeploymentFiles.save(resource, file);
        byte[] before = Files.readAllBytes(file);
        Path inTheWay = Files.createDirectory(folder.resolve("model.emw.bak"));
        Files.writeString(inTheWay.resolve("keep.txt"), "a folder where the backup goes");
        server(resource).setVersion(ServerVersion.valueOf("10.15"));

        ModelSaveException e = assertThrows(ModelSaveException.class, () -> DeploymentFiles.save(resource, file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("model.emw", "model.emw.bak"), filesIn(folder), "the temporary files are gone");
        assertTrue(e.getReason().contains("model.emw.bak") && e.getReason().contains("remove or rename"),
                e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = folder.resolve("no/such/folder/model.emw");

        ModelSaveException e = assertThrows(ModelSaveException.class,
                () -> DeploymentFiles.save(resourceWith(deployment("10.15")), file));

        assertTrue(e.getMessage().startsWith(file + ": not saved: the folder "), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFolderIsNotOverwritten() throws Exception {
        Path directory = Files.createDirectory(folder.resolve("model.emw"));

        ModelSaveException e = assertThrows(ModelSaveException.class,
                () -> DeploymentFiles.save(resourceWith(deployment("10.15")), directory));

        assertTrue(e.getReason().contains("folder"), e.getMessage());
        assertTrue(Files.isDirectory(directory));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path real = folder.resolve("real.emw");
        DeploymentFiles.save(resourceWith(deployment("10.5")), real);
        Path link;
        try {
            link = Files.createSymbolicLink(folder.resolve("link.emw"), real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
            return;
        }

        DeploymentFiles.save(resourceWith(deployment("10.15")), link);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("10.15", server(DeploymentFiles.load(real)).getVersion().toString());
        assertTrue(Files.exists(folder.resolve("real.emw.bak")));
    }

    @Test
    void theFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("model.emw");
        Resource resource = resourceWith(deployment("10.5"));
        DeploymentFiles.save(resource, file);
        Set<PosixFilePermission> groupReadOnly = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupReadOnly);

        server(resource).setVersion(ServerVersion.valueOf("10.15"));
        DeploymentFiles.save(resource, file);

        assertEquals(groupReadOnly, Files.getPosixFilePermissions(file));
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("model.emw");
        Resource resource = resourceWith(deployment("10.5"));
        DeploymentFiles.save(resource, file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(file), "the user may write any file (root)");
        server(resource).setVersion(ServerVersion.valueOf("10.15"));

        ModelSaveException e = assertThrows(ModelSaveException.class, () -> DeploymentFiles.save(resource, file));

        assertTrue(e.getReason().contains("read-only"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("model.emw"), filesIn(folder));
    }

    @Test
    void aFileThatCannotBeLoadedIsNeverWrittenByTheLoad() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.emw"), "<?xml version=\"1.0\"?>\n<deployment:Deploy");

        assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));

        assertEquals("<?xml version=\"1.0\"?>\n<deployment:Deploy", Files.readString(file));
        assertEquals(List.of("broken.emw"), filesIn(folder));
    }

    @Test
    void anExplicitSaveOverAnUnreadableFileKeepsItsContentAsTheBackup() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.emw"), "not a model");

        DeploymentFiles.save(resourceWith(deployment("10.15")), file);

        assertEquals("not a model", Files.readString(folder.resolve("broken.emw.bak")));
        assertEquals("10.15", server(DeploymentFiles.load(file)).getVersion().toString());
    }

    @Test
    void onlyADeploymentCanBeSaved() {
        Resource empty = DeploymentFiles.newResourceSet().createResource(URI.createFileURI("empty.emw"));

        assertThrows(IllegalArgumentException.class, () -> DeploymentFiles.save(empty, folder.resolve("empty.emw")));
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void theReloadedModelEqualsTheSavedOne() throws Exception {
        Deployment deployment = deployment("10.15.0.2");
        ClientProperty tricky = DeploymentFactory.eINSTANCE.createClientProperty();
        tricky.setKey("SEND_LDAP_ATTRIBUTES");
        tricky.setValue("mail=${user.mail}, displayName=\"<&>\"\nsecond line\ttab ü");
        deployment.getServer().getClientProperties().add(tricky);
        Path file = folder.resolve("model.emw");

        DeploymentFiles.save(resourceWith(deployment), file);

        assertTrue(EcoreUtil.equals(deployment, DeploymentFiles.load(file).getContents().get(0)));
    }

    /**
     * A client property of a subclass made at run time, with one more attribute
     * whose value throws when it is turned into text: EMF fails in the middle
     * of writing the model, after the elements before it.
     */
    private static ClientProperty propertyWhoseValueCannotBeWritten() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        EPackage extension = ecore.createEPackage();
        extension.setName("failing");
        extension.setNsPrefix("failing");
        extension.setNsURI("urn:emw:test:failing");
        EDataType unwritable = ecore.createEDataType();
        unwritable.setName("Unwritable");
        unwritable.setInstanceClass(Object.class);
        extension.getEClassifiers().add(unwritable);
        EClass failingProperty = ecore.createEClass();
        failingProperty.setName("FailingProperty");
        failingProperty.getESuperTypes().add(DeploymentPackage.Literals.CLIENT_PROPERTY);
        EAttribute payload = ecore.createEAttribute();
        payload.setName("payload");
        payload.setEType(unwritable);
        failingProperty.getEStructuralFeatures().add(payload);
        extension.getEClassifiers().add(failingProperty);

        EObject property = EcoreUtil.create(failingProperty);
        property.eSet(payload, new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("this value cannot be written");
            }
        });
        ((ClientProperty) property).setKey("ZZZ_LAST");
        return (ClientProperty) property;
    }

    private static Deployment deployment(String version) {
        DeploymentFactory factory = DeploymentFactory.eINSTANCE;
        Deployment deployment = factory.createDeployment();
        deployment.setName("Fabrikam");
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn("xms.fabrikam.example");
        server.setVersion(ServerVersion.valueOf(version));
        ClientProperty passcode = factory.createClientProperty();
        passcode.setKey("ENABLE_PASSCODE_AUTH");
        passcode.setValue("true");
        server.getClientProperties().add(passcode);
        deployment.setServer(server);
        return deployment;
    }

    private static Resource resourceWith(Deployment deployment) {
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI("unsaved.emw"));
        resource.getContents().add(deployment);
        return resource;
    }

    private static EndpointManagementServer server(Resource resource) {
        return ((Deployment) resource.getContents().get(0)).getServer();
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
