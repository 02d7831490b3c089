/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.tests.servers.NamedServer;
import org.emworkbench.autodiscovery.tests.servers.Zone;
import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.LdapUrl;
import org.emworkbench.directory.tests.servers.TestDirectory;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.simulation.EnrollmentSimulator;
import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.SimulationSettings;
import org.emworkbench.simulation.Step;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.settings.DirectorySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same walk against the real servers of the earlier issues: Debian's
 * named serving the example's zone files (examples/contoso/dns), and the
 * test directory (in-memory and slapd) whose personas are the example's.
 * Exchange over HTTPS is left out here (no Autodiscover service on loopback's
 * port 443); the walk says it skipped that part.
 */
class RealServersSimulationTest {

    private static NamedServer named;

    @BeforeAll
    static void startNamed() throws IOException {
        named = NamedServer.start(List.of(exampleZone("contoso.com"), exampleZone("fabrikam.com")));
    }

    @AfterAll
    static void stopNamed() {
        if (named != null) {
            named.close();
        }
    }

    /** The example's zone file without what {@link Zone} adds itself: TTL, SOA, NS and the name server's address. */
    private static Zone exampleZone(String domain) {
        Path file = Examples.file("contoso/dns/" + domain + ".zone");
        try {
            String records = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith(";") && !line.startsWith("$TTL")
                            && !line.matches("\\S+\\s+IN\\s+(SOA|NS)\\s.*") && !line.startsWith("ns "))
                    .collect(Collectors.joining("\n"));
            return new Zone(domain, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimulationReport simulate(String model, String user, TestDirectory directory) {
        Deployment deployment = Models.contoso(model);
        DiscoverySettings discovery = DiscoverySettings.DEFAULTS.withDnsServers(List.of(named.address()))
                .withHttp(false);
        // The example's credential reference is env:EMW_LDAP_PASSWORD; the test's environment holds it.
        DirectoryAccess access = DirectoryAccess.of(DirectorySettings.DEFAULTS,
                BindCredentials.environment(Map.of("EMW_LDAP_PASSWORD", directory.bindPassword())::get))
                .withServer(LdapUrl.parse(directory.ldapUrl()));
        SimulationSettings settings = new SimulationSettings(discovery, access, false, "not asked in this test");
        return new EnrollmentSimulator(RuleRegistry.fromPlatform(), ProviderRegistry.fromPlatform())
                .simulate(deployment, user, settings, null);
    }

    @ParameterizedTest
    @EnumSource(TestDirectory.Kind.class)
    void theGoodPersonaPassesAgainstNamedAndTheDirectory(TestDirectory.Kind kind) {
        TestDirectory directory = kind.shared();
        SimulationReport report = simulate("contoso.emw", Models.MEGAN, directory);

        assertTrue(report.accountConfigured(), report.steps().toString());
        assertFalse(report.sandbox());
        assertTrue(report.result(Step.ENROLLMENT).evidence().stream()
                .anyMatch(e -> e.text().contains("@" + named.dnsServer())), report.result(Step.ENROLLMENT).toString());
        assertTrue(report.result(Step.DELIVERY).evidence().stream()
                .anyMatch(e -> e.text().contains("Mobile Mail Users")), report.result(Step.DELIVERY).toString());
        String password = directory.bindPassword();
        assertFalse(report.toString().contains(password), "the bind password is not in the report");
    }

    @ParameterizedTest
    @EnumSource(TestDirectory.Kind.class)
    void aBrokenModelFailsAtItsStepAgainstTheRealServers(TestDirectory.Kind kind) {
        SimulationReport report = simulate("broken-initial-auth-credentials.emw", Models.MEGAN, kind.shared());

        assertEquals(Step.CREDENTIAL, report.firstFailure(), report.steps().toString());
    }

    @ParameterizedTest
    @EnumSource(TestDirectory.Kind.class)
    void aUserTheDirectoryDoesNotKnowFailsAtDelivery(TestDirectory.Kind kind) {
        SimulationReport report = simulate("contoso.emw", "nobody.here@contoso.com", kind.shared());

        assertEquals(Outcome.PASS, report.result(Step.ENROLLMENT).outcome());
        assertEquals(Step.DELIVERY, report.firstFailure(), report.steps().toString());
        assertEquals(Outcome.FAIL, report.result(Step.LDAP_ATTRIBUTES).outcome());
    }
}
