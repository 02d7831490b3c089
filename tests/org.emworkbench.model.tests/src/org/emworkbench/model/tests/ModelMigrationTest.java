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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.MigratingElement;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelMigration;
import org.emworkbench.model.persistence.ModelMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration hook, proven with fictitious older versions of the deployment
 * model: in "0.9" the server's {@code fqdn} was called {@code address} and its
 * {@code version} {@code release}; in "0.8" the server element itself was
 * called {@code emmServer}.
 */
class ModelMigrationTest {

    private static final String V08 = "http://www.emworkbench.org/deployment/0.8";
    private static final String V09 = "http://www.emworkbench.org/deployment/0.9";

    /** 0.9 → 1.0: two server attributes were renamed. */
    private static final class RenamedServerAttributes implements ModelMigration {
        final List<List<String>> seen = new ArrayList<>();

        @Override
        public String sourceNamespace() {
            return V09;
        }

        @Override
        public String targetNamespace() {
            return DeploymentPackage.eNS_URI;
        }

        @Override
        public void migrate(MigratingElement element) {
            seen.add(element.path());
            if (element.path().equals(List.of("Deployment", "server"))) {
                element.renameAttribute("address", "fqdn");
                element.renameAttribute("release", "version");
            }
        }
    }

    /** 0.8 → 0.9: the server element was renamed. */
    private static final class RenamedServerElement implements ModelMigration {
        @Override
        public String sourceNamespace() {
            return V08;
        }

        @Override
        public String targetNamespace() {
            return V09;
        }

        @Override
        public void migrate(MigratingElement element) {
            if (element.path().equals(List.of("Deployment", "emmServer"))) {
                element.rename("server");
            }
        }
    }

    @TempDir
    Path folder;

    @Test
    void withoutItsMigrationAnOlderFileIsAClearError() throws Exception {
        Path file = write("old.emw", model(V09, "address=\"emm.contoso.com\" release=\"10.5\"", "server"));

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));

        assertEquals(2, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("version 0.9") && e.getReason().contains(DeploymentPackage.eNS_URI),
                e.getMessage());
    }

    @Test
    void aRegisteredMigrationReadsTheOlderFileAsTheCurrentVersion() throws Exception {
        Path file = write("old.emw", model(V09, "address=\"emm.contoso.com\" release=\"10.5\"", "server"));
        RenamedServerAttributes migration = new RenamedServerAttributes();

        Resource resource;
        try (ModelMigrations.Registration registration = ModelMigrations.register(migration)) {
            resource = DeploymentFiles.load(file);
        }

        EndpointManagementServer server = ((Deployment) resource.getContents().get(0)).getServer();
        assertEquals("emm.contoso.com", server.getFqdn());
        assertEquals(ServerVersion.valueOf("10.5"), server.getVersion());
        assertEquals("ENABLE_PASSCODE_AUTH", server.getClientProperties().get(0).getKey());
        assertEquals(List.of(List.of("Deployment"), List.of("Deployment", "server"),
                List.of("Deployment", "server", "clientProperties")), migration.seen);
        assertTrue(resource.getWarnings().stream().anyMatch(warning -> warning.getMessage().contains(V09)),
                "the resource says it was migrated");
    }

    @Test
    void savingAMigratedModelWritesTheCurrentVersionAndKeepsTheOldFileAsBackup() throws Exception {
        String old = model(V09, "address=\"emm.contoso.com\" release=\"10.5\"", "server");
        Path file = write("old.emw", old);

        try (ModelMigrations.Registration registration = ModelMigrations.register(new RenamedServerAttributes())) {
            DeploymentFiles.save(DeploymentFiles.load(file), file);
        }

        assertEquals(old, Files.readString(folder.resolve("old.emw.bak")));
        String saved = Files.readString(file);
        assertTrue(saved.contains("xmlns:deployment=\"" + DeploymentPackage.eNS_URI + "\""), saved);
        assertTrue(saved.contains("<server fqdn=\"emm.contoso.com\" version=\"10.5\">"), saved);
        assertEquals("emm.contoso.com",
                ((Deployment) DeploymentFiles.load(file).getContents().get(0)).getServer().getFqdn(),
                "the saved file loads without any migration");
    }

    @Test
    void errorsInAMigratedFileNameTheLineOfTheFileOnDisk() throws Exception {
        Path file = write("old.emw", model(V09, "address=\"emm.contoso.com\" release=\"ten\"", "server"));

        try (ModelMigrations.Registration registration = ModelMigrations.register(new RenamedServerAttributes())) {
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));

            assertEquals(3, e.getLine(), e.getMessage());
            assertTrue(e.getReason().contains("'ten' is not a server version"), e.getMessage());
        }
    }

    @Test
    void aMigrationThatFailsIsReportedAtTheElementItFailedOn() throws Exception {
        Path file = write("both.emw", model(V09, "address=\"emm.contoso.com\" fqdn=\"emm.contoso.com\"", "server"));

        try (ModelMigrations.Registration registration = ModelMigrations.register(new RenamedServerAttributes())) {
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));

            assertEquals(3, e.getLine(), e.getMessage());
            assertTrue(e.getReason().startsWith("the migration from " + V09 + " to " + DeploymentPackage.eNS_URI
                    + " fails on this server element (server has both address and fqdn)"), e.getMessage());
        }
    }

    @Test
    void migrationsChainFromOlderVersionsThroughEveryStep() throws Exception {
        Path file = write("older.emw", model(V08, "address=\"emm.contoso.com\" release=\"10.5\"", "emmServer"));

        try (ModelMigrations.Registration first = ModelMigrations.register(new RenamedServerElement());
                ModelMigrations.Registration second = ModelMigrations.register(new RenamedServerAttributes())) {
            assertEquals(2, ModelMigrations.chainFrom(V08).size());

            Deployment deployment = (Deployment) DeploymentFiles.load(file).getContents().get(0);

            assertEquals("emm.contoso.com", deployment.getServer().getFqdn());
            assertEquals(ServerVersion.valueOf("10.5"), deployment.getServer().getVersion());
        }
    }

    @Test
    void anUnknownVersionIsStillAClearErrorThatListsWhatIsRead() throws Exception {
        Path file = write("future.emw", model("http://www.emworkbench.org/deployment/2.0", "fqdn=\"a\"", "server"));

        try (ModelMigrations.Registration registration = ModelMigrations.register(new RenamedServerAttributes())) {
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));

            assertEquals(2, e.getLine(), e.getMessage());
            assertTrue(e.getReason().contains("version 2.0") && e.getReason().contains(V09), e.getMessage());
        }
    }

    @Test
    void aRemovedMigrationIsNoLongerUsed() throws Exception {
        Path file = write("old.emw", model(V09, "address=\"emm.contoso.com\"", "server"));
        ModelMigrations.register(new RenamedServerAttributes()).close();

        assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertTrue(ModelMigrations.chainFrom(V09).isEmpty());
    }

    @Test
    void theRegistryRefusesMigrationsThatCannotBeChained() {
        try (ModelMigrations.Registration registration = ModelMigrations.register(new RenamedServerAttributes())) {
            assertThrows(IllegalArgumentException.class, () -> ModelMigrations.register(new RenamedServerAttributes()),
                    "a second migration from 0.9");
            assertThrows(IllegalArgumentException.class,
                    () -> ModelMigrations.register(migration(DeploymentPackage.eNS_URI, V09)),
                    "a migration from the current version");
            assertThrows(IllegalArgumentException.class, () -> ModelMigrations.register(migration(V08, V08)),
                    "a migration to its own version");
        }
        try (ModelMigrations.Registration registration = ModelMigrations.register(migration(V08, V09))) {
            assertThrows(IllegalArgumentException.class, () -> ModelMigrations.register(migration(V09, V08)),
                    "a cycle");
            assertTrue(ModelMigrations.chainFrom(V08).isEmpty(), "a chain that does not reach 1.0 is no chain");
            assertFalse(ModelMigrations.migratableNamespaces().contains(V08));
        }
    }

    private static ModelMigration migration(String source, String target) {
        return new ModelMigration() {
            @Override
            public String sourceNamespace() {
                return source;
            }

            @Override
            public String targetNamespace() {
                return target;
            }

            @Override
            public void migrate(MigratingElement element) {
                // renames nothing
            }
        };
    }

    private static String model(String namespace, String serverAttributes, String serverElement) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<deployment:Deployment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:deployment=\""
                + namespace + "\" name=\"Contoso\">\n"
                + "  <" + serverElement + " " + serverAttributes + ">\n"
                + "    <clientProperties key=\"ENABLE_PASSCODE_AUTH\" value=\"true\"/>\n"
                + "  </" + serverElement + ">\n"
                + "</deployment:Deployment>\n";
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
