/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.LdapUrl;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;
import org.emworkbench.validation.settings.DirectorySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSO-019 as the platform registers it, run by the validation engine on the
 * Contoso example against slapd: findings on the personas, "could not be
 * checked" without a password or a server, and a server that does not answer
 * costing its timeout once per run, not once per persona.
 */
class LiveExpansionRuleTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    private static final String ALEX = "/directory/personas[alex.wilber@fabrikam.com]";
    private static final String MEGAN = "/directory/personas[megan.bowen@contoso.com]";

    private static RuleDescriptor rule() {
        return RuleRegistry.fromPlatform().rules().stream().filter(rule -> rule.id().equals("SSO-019")).findFirst()
                .orElseThrow(() -> new AssertionError("SSO-019 is not registered"));
    }

    private static List<RuleDiagnostic> validate(DirectoryAccess access) throws Exception {
        return validate(DeploymentFiles.load(Examples.file("contoso/contoso.emw")), access);
    }

    private static List<RuleDiagnostic> validate(Resource example, DirectoryAccess access) {
        Diagnostic result = new ValidationEngine(List.of(rule())).validate(example, ValidationOptions.offline()
                .withModes(EnumSet.allOf(RuleMode.class)).withEnvironment(DirectoryAccess.class, access));
        return result.getChildren().stream().map(RuleDiagnostic.class::cast).toList();
    }

    private static DirectoryAccess slapd(Map<String, String> environment) {
        return DirectoryAccess.of(DirectorySettings.DEFAULTS, BindCredentials.environment(environment::get))
                .withServer(LdapUrl.parse(SLAPD.server().ldapUrl()));
    }

    @Test
    void theRuleIsRegisteredOnlineOnPersonasWithItsPage() {
        RuleDescriptor rule = rule();

        assertEquals(RuleMode.ONLINE, rule.mode());
        assertEquals("org.emworkbench.directory", rule.contributor());
        assertEquals("docs/rules/SSO-019.md", rule.documentation());
        assertNotNull(Platform.getBundle("org.emworkbench.directory").getEntry(rule.documentation()),
                "the page ships in the bundle");
    }

    @Test
    void theExamplesPersonasExpandWithOneWarning() throws Exception {
        List<RuleDiagnostic> findings = validate(
                slapd(Map.of("EMW_LDAP_PASSWORD", SLAPD.server().data().servicePassword())));

        assertEquals(1, findings.size(), findings.toString());
        RuleDiagnostic alex = findings.get(0);
        assertEquals(ALEX, alex.getObjectPath());
        assertEquals(Diagnostic.WARNING, alex.getSeverity());
        assertTrue(alex.getMessage().startsWith("DIR-005: Secure Mail logs on with the userPrincipalName"),
                alex.getMessage());
    }

    @Test
    void aGroupThePersonaExpectsButTheDirectoryDoesNotHaveTheUserInIsAWarning(@TempDir Path folder)
            throws Exception {
        String text = Files.readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8);
        String megansGroup = "<expectedGroups>" + DirectoryData.MOBILE_MAIL_DN + "</expectedGroups>\n    </personas>\n"
                + "    <personas displayName=\"Alex Wilber\"";
        assertTrue(text.contains(megansGroup), "Megan expects Mobile Mail Users");
        // Cycle B holds Megan only through Cycle A: nested, so no finding. Executives does not hold her.
        Path model = Files.writeString(folder.resolve("expectations.emw"), text.replace(megansGroup,
                "<expectedGroups>" + DirectoryData.CYCLE_B_DN + "</expectedGroups>\n      <expectedGroups>"
                        + DirectoryData.EXECUTIVES_DN + "</expectedGroups>\n    </personas>\n"
                        + "    <personas displayName=\"Alex Wilber\""));

        List<RuleDiagnostic> findings = validate(DeploymentFiles.load(model),
                slapd(Map.of("EMW_LDAP_PASSWORD", SLAPD.server().data().servicePassword())));

        List<RuleDiagnostic> megan = findings.stream().filter(finding -> finding.getObjectPath().equals(MEGAN))
                .toList();
        assertEquals(1, megan.size(), findings.toString());
        assertEquals(Diagnostic.WARNING, megan.get(0).getSeverity());
        assertTrue(megan.get(0).getMessage().startsWith("DIR-014: the directory does not have "), megan.toString());
        assertTrue(megan.get(0).getMessage().contains(" in " + DirectoryData.EXECUTIVES_DN + ", directly or through"
                + " nested groups"), megan.get(0).getMessage());
        assertEquals(DirectoryData.EXECUTIVES_DN, megan.get(0).getExpected());
    }

    @Test
    void withoutThePasswordEachPersonaCouldNotBeChecked() throws Exception {
        List<RuleDiagnostic> findings = validate(slapd(Map.of()));

        assertEquals(List.of(MEGAN, ALEX), findings.stream().map(RuleDiagnostic::getObjectPath).toList());
        for (RuleDiagnostic finding : findings) {
            assertEquals(RuleDiagnostic.ENVIRONMENT_FAILURE, finding.getCode());
            assertTrue(finding.getMessage().contains("the environment variable EMW_LDAP_PASSWORD"),
                    finding.getMessage());
        }
    }

    @Test
    void aServerThatDoesNotAnswerCostsItsTimeoutOncePerRun() throws Exception {
        Duration timeout = Duration.ofSeconds(2);
        DirectorySettings quick = new DirectorySettings(389, DirectorySettings.Tls.NONE, timeout, timeout, 500, "");
        String password = SLAPD.server().data().servicePassword();
        try (SilentListener silent = new SilentListener()) {
            DirectoryAccess access = DirectoryAccess
                    .of(quick, BindCredentials.environment(Map.of("EMW_LDAP_PASSWORD", password)::get))
                    .withServer(LdapUrl.parse("ldap://127.0.0.1:" + silent.port()));

            long begin = System.nanoTime();
            List<RuleDiagnostic> findings = validate(access);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);

            assertEquals(2, findings.size(), findings.toString());
            for (RuleDiagnostic finding : findings) {
                assertEquals(RuleDiagnostic.ENVIRONMENT_FAILURE, finding.getCode());
                assertTrue(finding.getMessage().contains("127.0.0.1:" + silent.port()), finding.getMessage());
                assertFalse(finding.getMessage().contains(password), "the password is never in a message");
            }
            assertTrue(elapsed.compareTo(timeout.multipliedBy(2)) < 0, "the second persona waited again: " + elapsed);
        }
    }
}
