/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.mdx;

import static org.emworkbench.tests.support.MdxArchives.SAMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.mdx.MdxAllowedValue;
import org.emworkbench.model.mdx.MdxCatalogue;
import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxImportResult;
import org.emworkbench.model.mdx.MdxImporter;
import org.emworkbench.model.mdx.MdxPolicy;
import org.emworkbench.tests.support.MdxArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a well-formed {@code .mdx} file and putting its catalogue into a deployment. */
class MdxImporterTest {

    private static final DeploymentFactory FACTORY = DeploymentFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void aWellFormedArchiveYieldsTheAppAndEveryFieldOfEveryPolicy() throws Exception {
        MdxCatalogue catalogue = MdxImporter.read(sample());

        assertEquals("Example Mail", catalogue.appName());
        assertEquals("org.example.mail", catalogue.packageId());
        assertEquals("2.4.1", catalogue.version());
        assertEquals(Platform.IOS, catalogue.platform());
        assertEquals(List.of("InitialAuthMechanism", "InitialAuthCredentials", "ExchangeServer", "OnlineSessionRequired"),
                catalogue.policies().stream().map(MdxPolicy::name).toList());
        assertEquals(List.of(), catalogue.notes(), "everything in the sample is understood");

        MdxPolicy mechanism = catalogue.policies().get(0);
        assertEquals("enum", mechanism.type());
        assertEquals("Authentication", mechanism.category(), "the category id is resolved to its name");
        assertEquals("server", mechanism.defaultValue());
        assertEquals("Initial authentication mechanism", mechanism.title());
        assertEquals("How the account is first identified.", mechanism.description());
        assertEquals(List.of(new MdxAllowedValue("server", "Server address from Secure Hub"),
                new MdxAllowedValue("email", "User email address")), mechanism.allowedValues());

        MdxPolicy credentials = catalogue.policies().get(1);
        assertEquals(List.of(new MdxAllowedValue("upn", "userPrincipalName"),
                new MdxAllowedValue("sam", "sAMAccountName")), credentials.allowedValues());

        MdxPolicy exchange = catalogue.policies().get(2);
        assertEquals("Mail settings", exchange.category(), "a category declared by attribute, named by its text");
        assertEquals("", exchange.defaultValue(), "an empty default is kept as empty, not as absent");
        assertEquals("string", exchange.type());
        assertTrue(exchange.allowedValues().isEmpty());

        MdxPolicy online = catalogue.policies().get(3);
        assertEquals("boolean", online.type());
        assertEquals("false", online.defaultValue());
    }

    @Test
    void anAppNewToTheDeploymentIsAddedWithItsCatalogue() throws Exception {
        Deployment deployment = FACTORY.createDeployment();
        Path mdx = sample();

        MdxImportResult result = MdxImporter.importInto(deployment, mdx, null);

        assertTrue(result.added());
        assertEquals(4, result.policyCount());
        assertEquals(List.of(), result.warnings());
        MdxApplication app = single(deployment.getApplications());
        assertSame(app, result.application());
        assertEquals("Example Mail", app.getName());
        assertEquals(Platform.IOS, app.getPlatform());
        assertEquals(AppRole.OTHER, app.getRole(), "the role is the user's to set, never guessed from the name");
        assertEquals("org.example.mail", app.getPackageId());
        assertEquals("2.4.1", app.getVersion());
        assertEquals(mdx.toString(), app.getSourceFile());
        PolicyDefinition mechanism = app.getPolicies().get(0);
        assertEquals("InitialAuthMechanism", mechanism.getName());
        assertEquals("enum", mechanism.getType());
        assertEquals("Authentication", mechanism.getCategory());
        assertEquals("server", mechanism.getDefaultValue());
        assertEquals("Initial authentication mechanism", mechanism.getTitle());
        assertEquals("How the account is first identified.", mechanism.getDescription());
        assertEquals(List.of("server", "email"), mechanism.getAllowedValues().stream().map(v -> v.getValue()).toList());
        assertEquals(List.of("Server address from Secure Hub", "User email address"),
                mechanism.getAllowedValues().stream().map(v -> v.getLabel()).toList());
        assertTrue(app.getPolicyValues().isEmpty());
    }

    @Test
    void updatingReplacesTheDefinitionsButKeepsThePolicyValuesAndWarnsAboutOrphans() throws Exception {
        Deployment deployment = FACTORY.createDeployment();
        MdxApplication existing = app("Example Mail", Platform.IOS);
        existing.setRole(AppRole.SECURE_MAIL);
        existing.setPackageId("org.example.mail");
        existing.setVersion("1.0");
        existing.getPolicies().add(definition("RetiredPolicy"));
        existing.getPolicies().add(definition("InitialAuthCredentials"));
        existing.getPolicyValues().add(value("InitialAuthCredentials", "upn"));
        existing.getPolicyValues().add(value("RetiredPolicy", "private-value-1234"));
        existing.getPolicyValues().add(value("InitialAuthMechanism", "carrier-pigeon"));
        deployment.getApplications().add(existing);

        MdxImportResult result = MdxImporter.importInto(deployment, sample(), null);

        assertFalse(result.added());
        assertSame(existing, result.application());
        assertEquals(1, deployment.getApplications().size());
        assertEquals(List.of("InitialAuthMechanism", "InitialAuthCredentials", "ExchangeServer", "OnlineSessionRequired"),
                existing.getPolicies().stream().map(PolicyDefinition::getName).toList());
        assertEquals(List.of("InitialAuthCredentials=upn", "RetiredPolicy=private-value-1234",
                "InitialAuthMechanism=carrier-pigeon"),
                existing.getPolicyValues().stream().map(v -> v.getPolicyName() + "=" + v.getValue()).toList(),
                "every value is kept, even an orphan");
        assertEquals(AppRole.SECURE_MAIL, existing.getRole(), "the role is the user's and survives an update");
        assertEquals("2.4.1", existing.getVersion());
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("'RetiredPolicy' names no policy"), result.warnings().get(0));
        assertTrue(result.warnings().get(1).contains("'InitialAuthMechanism' is not one of its 2 allowed values"),
                result.warnings().get(1));
        assertTrue(result.warnings().stream().noneMatch(w -> w.contains("private-value-1234")),
                "a value's text is never repeated: it may be private");
    }

    @Test
    void theSameNameOnAnotherPlatformIsAnotherApp() throws Exception {
        Deployment deployment = FACTORY.createDeployment();
        MdxApplication android = app("Example Mail", Platform.ANDROID);
        android.getPolicies().add(definition("AndroidOnly"));
        deployment.getApplications().add(android);

        MdxImportResult result = MdxImporter.importInto(deployment, sample(), null);

        assertTrue(result.added());
        assertEquals(2, deployment.getApplications().size());
        assertEquals("AndroidOnly", single(android.getPolicies()).getName(), "the Android app is untouched");
    }

    @Test
    void withoutAppFactsTheNameComesFromTheFileAndThePlatformFromTheCaller() throws Exception {
        Path mdx = MdxArchives.withMetadata(folder.resolve("SecureThing.mdx"), withoutAppFacts());
        Deployment deployment = FACTORY.createDeployment();

        MdxImportResult result = MdxImporter.importInto(deployment, mdx, Platform.ANDROID);

        assertEquals("SecureThing", result.application().getName());
        assertEquals(Platform.ANDROID, result.application().getPlatform());
        assertNull(result.application().getPackageId());
    }

    @Test
    void withoutAnyPlatformNothingIsChanged() throws Exception {
        Path mdx = MdxArchives.withMetadata(folder.resolve("SecureThing.mdx"), withoutAppFacts());
        Deployment deployment = FACTORY.createDeployment();
        Deployment before = EcoreUtil.copy(deployment);

        MdxImportException e = assertThrows(MdxImportException.class,
                () -> MdxImporter.importInto(deployment, mdx, null));

        assertEquals(Reason.PLATFORM_UNKNOWN, e.getReason());
        assertTrue(e.getMessage().startsWith(mdx + ": ") && e.getMessage().contains("--platform"), e.getMessage());
        assertTrue(EcoreUtil.equals(before, deployment));
    }

    @Test
    void aPlatformContradictingTheArchiveIsRefused() throws Exception {
        Deployment deployment = FACTORY.createDeployment();

        MdxImportException e = assertThrows(MdxImportException.class,
                () -> MdxImporter.importInto(deployment, sample(), Platform.ANDROID));

        assertEquals(Reason.PLATFORM_CONFLICT, e.getReason());
        assertTrue(e.getMessage().contains("ios") && e.getMessage().contains("android"), e.getMessage());
        assertTrue(deployment.getApplications().isEmpty());
    }

    @Test
    void aNameDifferingOnlyInCaseAddsTheAppAndSaysSo() throws Exception {
        Deployment deployment = FACTORY.createDeployment();
        deployment.getApplications().add(app("example mail", Platform.IOS));

        MdxImportResult result = MdxImporter.importInto(deployment, sample(), null);

        assertTrue(result.added());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("differs only in case")), result.warnings().toString());
    }

    private Path sample() throws Exception {
        return MdxArchives.write(folder.resolve("ExampleMail.mdx"), MdxArchives.entry(MdxArchives.METADATA, SAMPLE),
                MdxArchives.entry("ExampleMail.ipa", MdxArchives.prose(200_000)));
    }

    private static String withoutAppFacts() {
        return SAMPLE.replaceAll("(?m)^\\s*<(AppName|PackageId|AppVersion|Platform)>.*\\n", "");
    }

    private static MdxApplication app(String name, Platform platform) {
        MdxApplication app = FACTORY.createMdxApplication();
        app.setName(name);
        app.setPlatform(platform);
        return app;
    }

    private static PolicyDefinition definition(String name) {
        PolicyDefinition definition = FACTORY.createPolicyDefinition();
        definition.setName(name);
        return definition;
    }

    private static PolicyValue value(String policy, String text) {
        PolicyValue value = FACTORY.createPolicyValue();
        value.setPolicyName(policy);
        value.setValue(text);
        return value;
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
