/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.emworkbench.tests.support.MdxArchives.METADATA;
import static org.emworkbench.tests.support.MdxArchives.SAMPLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.tests.support.HostileMdx;
import org.emworkbench.tests.support.MdxArchives;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code emw import-mdx} on real files: the model is saved on success and untouched otherwise. */
class ImportMdxCommandTest extends CommandLineTestCase {

    private static final String APP_WITH_VALUES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:deployment="http://www.emworkbench.org/deployment/1.0" name="Values">
              <applications name="Example Mail" platform="ios" role="secureMail" version="1.0">
                <policies name="RetiredPolicy"/>
                <policyValues policyName="InitialAuthCredentials" value="sam"/>
                <policyValues policyName="RetiredPolicy" value="kept"/>
              </applications>
            </deployment:Deployment>
            """;

    @TempDir
    Path folder;

    @Test
    void anAppIsAddedAndTheModelSavedWithItsCatalogue() throws Exception {
        Path model = copyOfContoso();
        Path mdx = sampleMdx();
        Deployment original = load(model);

        int exit = run("import-mdx", model.toString(), mdx.toString());

        assertEquals(0, exit, stderr());
        assertTrue(stderr().contains("emw: 4 policies imported; app 'Example Mail' (ios) added to " + model
                + "; 0 warnings"), stderr());
        assertEquals("", stdout());
        Deployment saved = load(model);
        assertEquals(original.getServer().getClientProperties().size(), saved.getServer().getClientProperties().size(),
                "the rest of the model is kept");
        assertEquals(original.getApplications().size() + 1, saved.getApplications().size());
        MdxApplication app = exampleMail(saved);
        assertEquals(Platform.IOS, app.getPlatform());
        assertEquals("org.example.mail", app.getPackageId());
        assertEquals(mdx.toString(), app.getSourceFile());
        PolicyDefinition credentials = app.getPolicies().get(1);
        assertEquals("InitialAuthCredentials", credentials.getName());
        assertEquals("enum", credentials.getType());
        assertEquals("Authentication", credentials.getCategory());
        assertEquals("upn", credentials.getDefaultValue());
        assertEquals("Initial authentication credentials", credentials.getTitle());
        assertEquals("Which user name is sent to Exchange.", credentials.getDescription());
        assertEquals(List.of("upn:userPrincipalName", "sam:sAMAccountName"),
                credentials.getAllowedValues().stream().map(v -> v.getValue() + ":" + v.getLabel()).toList());
        String name = model.getFileName().toString();
        assertEquals(List.of(name, name + DeploymentFiles.BACKUP_SUFFIX), listing(folder.resolve("model")),
                "the previous version is kept as the backup and no temporary file is left behind");
    }

    @Test
    void jsonDescribesTheImportedAppOnStdout() throws Exception {
        Path model = copyOfContoso();
        Path mdx = sampleMdx();

        assertEquals(0, run("import-mdx", model.toString(), mdx.toString(), "--format", "json"), stderr());

        JsonNode document = new ObjectMapper().readTree(stdout());
        assertEquals(1, document.get("shapeVersion").asInt());
        assertEquals(model.toString(), document.get("model").asText());
        assertEquals(mdx.toString(), document.get("mdx").asText());
        JsonNode app = document.get("app");
        assertEquals("Example Mail", app.get("name").asText());
        assertEquals("ios", app.get("platform").asText());
        assertEquals("org.example.mail", app.get("packageId").asText());
        assertTrue(app.get("added").asBoolean());
        assertEquals(4, document.get("policies").asInt());
        assertEquals(0, document.get("warnings").size());
    }

    @Test
    void anUnknownFormatIsRefusedBeforeTheModelIsRead() throws Exception {
        Path model = copyOfContoso();
        byte[] before = Files.readAllBytes(model);

        assertEquals(2, run("import-mdx", model.toString(), sampleMdx().toString(), "--format", "yaml"));
        assertTrue(stderr().contains("--format takes text or json"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void anExistingAppIsUpdatedKeepingItsValuesAndRole() throws Exception {
        Path model = writeModel(APP_WITH_VALUES);

        int exit = run("import-mdx", model.toString(), sampleMdx().toString());

        assertEquals(0, exit, stderr());
        assertTrue(stderr().contains("app 'Example Mail' (ios) updated in " + model + "; 1 warning"), stderr());
        assertTrue(stderr().contains("emw: warning: app 'Example Mail' (ios): the policy value for 'RetiredPolicy'"),
                stderr());
        Deployment saved = load(model);
        MdxApplication app = saved.getApplications().get(0);
        assertEquals(1, saved.getApplications().size());
        assertEquals(AppRole.SECURE_MAIL, app.getRole());
        assertEquals("2.4.1", app.getVersion());
        assertEquals(4, app.getPolicies().size());
        assertEquals(List.of("InitialAuthCredentials=sam", "RetiredPolicy=kept"),
                app.getPolicyValues().stream().map(v -> v.getPolicyName() + "=" + v.getValue()).toList());
    }

    @Test
    void thePlatformOptionNamesThePlatformWhenTheArchiveDoesNot() throws Exception {
        Path model = copyOfContoso();
        Path mdx = MdxArchives.withMetadata(folder.resolve("SecureThing.mdx"), SAMPLE.replace("<Platform>ios</Platform>", ""));

        int exit = run("import-mdx", model.toString(), mdx.toString(), "--platform=ANDROID");

        assertEquals(0, exit, stderr());
        assertEquals(Platform.ANDROID, load(model).getApplications().stream()
                .filter(app -> app.getName().equals("Example Mail")).findFirst().orElseThrow().getPlatform());
    }

    @TestFactory
    Stream<DynamicTest> everyHostileArchiveExitsTwoAndLeavesTheModelAlone() {
        return Stream.of(HostileMdx.values()).map(kind -> DynamicTest.dynamicTest(kind.name(), () -> {
            Path model = copyOfContoso();
            byte[] before = Files.readAllBytes(model);
            Path mdx = kind.write(folder);

            int exit = run("import-mdx", model.toString(), mdx.toString());

            assertEquals(2, exit, stderr());
            assertTrue(stderr().startsWith("emw: " + mdx + ": "), stderr());
            assertTrue(stderr().contains(model + " is unchanged"), stderr());
            assertFalse(stderr().contains(HostileMdx.SECRET), stderr());
            assertArrayEquals(before, Files.readAllBytes(model), "the model's bytes are unchanged");
            assertEquals(List.of(model.getFileName().toString()), listing(model.getParent()));
        }));
    }

    @Test
    void aMissingMdxFileExitsTwoNamingIt() throws Exception {
        Path model = copyOfContoso();
        byte[] before = Files.readAllBytes(model);
        Path missing = folder.resolve("missing.mdx");

        int exit = run("import-mdx", model.toString(), missing.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains(missing + ": no such file"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void anUnknownPlatformIsUnusableInput() throws Exception {
        Path model = copyOfContoso();
        byte[] before = Files.readAllBytes(model);

        int exit = run("import-mdx", model.toString(), sampleMdx().toString(), "--platform", "windows");

        assertEquals(2, exit);
        assertTrue(stderr().contains("--platform must be ios or android, not 'windows'"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void aPlatformContradictingTheArchiveExitsTwo() throws Exception {
        Path model = copyOfContoso();
        byte[] before = Files.readAllBytes(model);

        int exit = run("import-mdx", model.toString(), sampleMdx().toString(), "--platform", "android");

        assertEquals(2, exit);
        assertTrue(stderr().contains("the archive says the app is for ios, but --platform android"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void noPlatformAnywhereExitsTwoAskingForTheOption() throws Exception {
        Path model = copyOfContoso();
        Path mdx = MdxArchives.withMetadata(folder.resolve("x.mdx"), SAMPLE.replace("<Platform>ios</Platform>", ""));

        int exit = run("import-mdx", model.toString(), mdx.toString());

        assertEquals(2, exit);
        assertTrue(stderr().contains("--platform ios or --platform android"), stderr());
    }

    @Test
    void anUnusableModelExitsTwoAndIsNotTouched() throws Exception {
        Path model = writeModel("<?xml version=\"1.0\"?>\n<deployment:Deployment\n");
        byte[] before = Files.readAllBytes(model);

        int exit = run("import-mdx", model.toString(), sampleMdx().toString());

        assertEquals(2, exit);
        assertTrue(stderr().startsWith("emw: " + model + ":"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void wrongArgumentsAreUnusableInput() throws Exception {
        assertEquals(2, run("import-mdx"));
        assertTrue(stderr().contains("needs a model and an .mdx file"), stderr());
        assertEquals(2, run("import-mdx", "a.emw", "b.mdx", "--force"));
        assertTrue(stderr().contains("unknown option '--force'"), stderr());
        assertEquals(2, run("import-mdx", "a.emw", "b.mdx", "--platform"));
        assertTrue(stderr().contains("--platform needs ios or android"), stderr());
    }

    @Test
    void savingKeepsTheFilePermissionsAndReplacesTheTargetOfALink() throws Exception {
        Path model = copyOfContoso();
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(model, permissions);
        Path link = Files.createSymbolicLink(folder.resolve("link.emw"), model);

        int exit = run("import-mdx", link.toString(), sampleMdx().toString());

        assertEquals(0, exit, stderr());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(permissions, Files.getPosixFilePermissions(model));
        exampleMail(load(model));
    }

    @Test
    void helpListsImportMdx() {
        assertEquals(0, run("help"));
        assertTrue(stdout().contains("import-mdx MODEL FILE.mdx [--platform ios|android]"), stdout());
    }

    @Test
    void theCommittedSyntheticExampleImportsAndMatchesItsSource() throws Exception {
        Path example = Examples.file("mdx/example-mail.mdx");
        try (ZipFile zip = new ZipFile(example.toFile())) {
            assertArrayEquals(Files.readAllBytes(Examples.file("mdx/example-mail/" + METADATA)),
                    zip.getInputStream(zip.getEntry(METADATA)).readAllBytes(),
                    "example-mail.mdx is built from example-mail/ (rebuild it with examples/mdx/build-mdx.sh)");
        }
        Path model = copyOfContoso();

        int exit = run("import-mdx", model.toString(), example.toString());

        assertEquals(0, exit, stderr());
        assertTrue(stderr().contains("5 policies imported; app 'Example Mail' (ios) added"), stderr());
        assertTrue(stderr().contains("0 warnings"), "the example is fully understood: " + stderr());
    }

    private Path copyOfContoso() throws Exception {
        Path modelFolder = Files.createDirectories(folder.resolve("model"));
        try (Stream<Path> old = Files.list(modelFolder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        return Files.copy(Examples.file("contoso/contoso.emw"), modelFolder.resolve("contoso.emw"));
    }

    private Path writeModel(String text) throws Exception {
        return Files.writeString(Files.createDirectories(folder.resolve("model")).resolve("model.emw"), text);
    }

    private Path sampleMdx() throws Exception {
        return MdxArchives.write(folder.resolve("ExampleMail.mdx"), MdxArchives.entry(METADATA, SAMPLE));
    }

    private static MdxApplication exampleMail(Deployment deployment) {
        List<MdxApplication> found = deployment.getApplications().stream()
                .filter(app -> app.getName().equals("Example Mail")).toList();
        assertEquals(1, found.size(), "one app named Example Mail");
        return found.get(0);
    }

    private static Deployment load(Path model) throws Exception {
        return (Deployment) DeploymentFiles.load(model).getContents().get(0);
    }

    private static List<String> listing(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

}
