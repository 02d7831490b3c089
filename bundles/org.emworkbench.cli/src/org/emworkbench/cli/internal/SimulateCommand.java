/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.cli.internal.report.SimulationJson;
import org.emworkbench.cli.internal.report.SimulationText;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.simulation.EnrollmentSimulator;
import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.SimulationSettings;
import org.emworkbench.simulation.sandbox.Sandbox;
import org.emworkbench.validation.RuleRegistry;

/**
 * {@code emw simulate MODEL --user ADDRESS [options]}: walks the seed's
 * end-to-end experience for one user and prints each step with its outcome,
 * evidence and fix. Exit codes: 0 the account would be configured, 1 a step
 * fails, 2 unusable input, 3 a server could not be asked and nothing failed
 * (or the sandbox could not start).
 */
final class SimulateCommand {

    private static final String NO_HTTP = "--no-http was given";

    private final Supplier<RuleRegistry> rules;
    private final Supplier<ProviderRegistry> providers;
    private final UnaryOperator<String> environment;
    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers,
            UnaryOperator<String> environment, PrintStream out, PrintStream err) {
        this.rules = rules;
        this.providers = providers;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        SimulateArguments options = SimulateArguments.parse(arguments);
        Deployment deployment = load(options.model());
        if (deployment == null) {
            return ExitCode.UNUSABLE_INPUT;
        }
        EnrollmentSimulator simulator = new EnrollmentSimulator(rules.get(), providers.get());
        if (!options.sandbox()) {
            DiscoverySettings discovery = DiscoverySettings.DEFAULTS.withDnsServers(
                    options.dnsServers().stream().map(DiscoverySettings::address).toList()).withHttp(!options.noHttp());
            SimulationSettings settings = new SimulationSettings(discovery, options.directory().access(environment),
                    false, options.noHttp() ? NO_HTTP : null);
            err.println("emw: simulating for " + options.user() + " against "
                    + (options.dnsServers().isEmpty() ? "the system's DNS resolvers" : "DNS " + options.dnsServers()
                            .stream().map(server -> server.host() + ":" + server.port()).toList())
                    + " and " + (options.directory().server() == null ? "the model's LDAP server"
                            : "the directory " + options.directory().server()));
            return walk(simulator, deployment, options, settings);
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(deployment);
        } catch (IOException | RuntimeException e) {
            err.println("emw: the sandbox could not start: " + e.getMessage());
            return ExitCode.ENVIRONMENT_FAILURE;
        }
        try (sandbox) {
            err.println("emw: sandbox on loopback: DNS " + sandbox.dns().hostAndPort() + " (UDP and TCP), LDAP "
                    + "127.0.0.1:" + sandbox.directory().port() + " (base " + sandbox.directory().baseDn()
                    + ", bind " + sandbox.directory().bindDn() + " with a password made for this run)");
            for (String note : sandbox.notes()) {
                err.println("emw: sandbox: " + note);
            }
            return walk(simulator, deployment, options, sandbox.settings(DiscoverySettings.DEFAULTS));
        }
    }

    private int walk(EnrollmentSimulator simulator, Deployment deployment, SimulateArguments options,
            SimulationSettings settings) throws UsageException {
        SimulationReport report;
        try {
            report = simulator.simulate(deployment, options.user(), settings, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--user " + options.user() + ": " + e.getMessage());
        }
        int exit = exitCode(report);
        if (options.json()) {
            out.print(SimulationJson.document(report, options.model(), CommandLine.toolVersion(), exit));
        } else {
            out.print(SimulationText.render(report, options.model()));
        }
        out.flush();
        err.println("emw: " + SimulationText.verdict(report));
        return exit;
    }

    /** @return 0 configured, 1 a step fails, 3 a step is unknown and none fails */
    static int exitCode(SimulationReport report) {
        if (report.accountConfigured()) {
            return ExitCode.OK;
        }
        if (report.failed()) {
            return ExitCode.FINDINGS;
        }
        return report.steps().stream().anyMatch(step -> step.outcome() == Outcome.UNKNOWN)
                ? ExitCode.ENVIRONMENT_FAILURE : ExitCode.FINDINGS;
    }

    private Deployment load(String model) {
        return DiscoverCommand.load(model, err);
    }
}
