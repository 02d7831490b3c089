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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.ModelExpectations;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.cli.internal.report.DiscoveryJson;
import org.emworkbench.cli.internal.report.DiscoveryTally;
import org.emworkbench.cli.internal.report.DiscoveryText;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;

/**
 * {@code emw discover ADDRESS|DOMAIN… [options]}: runs every autodiscovery
 * provider for each target and prints the full trace (text or JSON), or, with
 * {@code --from-file}, runs {@link BulkDiscovery}. Exit codes: 0 no errors,
 * 1 errors found, 2 unusable input, 3 an answer nobody gave (a silent
 * resolver) or a provider that stopped.
 */
final class DiscoverCommand {

    private final Supplier<ProviderRegistry> providers;
    private final PrintStream out;
    private final PrintStream err;

    DiscoverCommand(Supplier<ProviderRegistry> providers, PrintStream out, PrintStream err) {
        this.providers = providers;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        DiscoverArguments options = DiscoverArguments.parse(arguments);
        Map<String, DomainExpectation> expectations = Map.of();
        if (options.model() != null) {
            Deployment deployment = load(options.model(), err);
            if (deployment == null) {
                return ExitCode.UNUSABLE_INPUT;
            }
            expectations = ModelExpectations.of(deployment);
        }
        List<DiscoveryTarget> targets = targets(options, expectations);
        ProviderRegistry registry = providers.get();
        for (String problem : registry.contributionProblems()) {
            err.println("emw: warning: " + problem);
        }
        try (DiscoveryContext context = new DiscoveryContext(options.settings(), expectations)) {
            return discover(options, targets, registry, context);
        }
    }

    private int discover(DiscoverArguments options, List<DiscoveryTarget> targets, ProviderRegistry registry,
            DiscoveryContext context) throws UsageException {
        try {
            // Made now so that a bad trust-anchor file is a usage error before any query, not a trace failure.
            DnsLookups.of(context);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("discover: " + e.getMessage());
        }
        AutodiscoveryService service = new AutodiscoveryService(registry);
        if (options.bulk()) {
            return bulk(service, context, options);
        }
        List<DiscoveryReport> reports = new ArrayList<>();
        DiscoveryTally total = DiscoveryTally.NONE;
        for (DiscoveryTarget target : targets) {
            err.println("emw: discovering for " + target + " ("
                    + String.join(", ", service.providersFor(options.settings()).stream().map(p -> p.name()).toList())
                    + ")");
            DiscoveryReport report = service.discover(target, context, new NullProgressMonitor());
            reports.add(report);
            total = total.plus(DiscoveryTally.of(report));
            if (!options.json()) {
                out.print(DiscoveryText.render(report));
            }
        }
        if (options.json()) {
            out.print(DiscoveryJson.document(reports, CommandLine.toolVersion()));
        }
        err.println("emw: " + plural(targets.size(), "target") + ": " + total.describe());
        return total.exitCode();
    }

    private int bulk(AutodiscoveryService service, DiscoveryContext context, DiscoverArguments options) {
        BulkDiscovery bulk = new BulkDiscovery(service, context, options.concurrency(), options.rate(),
                options.trace(), out, err);
        BulkDiscovery.Outcome outcome;
        try {
            outcome = bulk.run(options.fromFile());
        } catch (IOException e) {
            err.println("emw: " + options.fromFile() + ": cannot be read (" + e.getMessage() + ")");
            return ExitCode.UNUSABLE_INPUT;
        }
        double seconds = outcome.elapsedNanos() / 1e9;
        err.println(String.format(Locale.ROOT, "emw: %s in %.1f s (%.0f/s): %s%s", plural(outcome.targets(), "target"),
                seconds, seconds > 0 ? outcome.targets() / seconds : 0.0, outcome.tally().describe(),
                outcome.unusable() > 0 ? "; " + plural(outcome.unusable(), "unusable line") : ""));
        return outcome.unusable() > 0 ? ExitCode.UNUSABLE_INPUT : outcome.tally().exitCode();
    }

    private List<DiscoveryTarget> targets(DiscoverArguments options, Map<String, DomainExpectation> expectations)
            throws UsageException {
        List<DiscoveryTarget> targets = new ArrayList<>();
        for (String text : options.targets()) {
            try {
                targets.add(DiscoveryTarget.parse(text));
            } catch (IllegalArgumentException e) {
                throw new UsageException("discover: " + e.getMessage());
            }
        }
        if (targets.isEmpty() && !options.bulk()) {
            if (expectations.isEmpty()) {
                throw new UsageException("discover: the model " + options.model()
                        + " names no mail domain and no AutoDiscovery registration; name a domain or an address");
            }
            expectations.keySet().forEach(domain -> targets.add(new DiscoveryTarget(null, domain)));
        }
        return targets;
    }

    /**
     * @param model the model file as typed
     * @param err   where to say why there is no model
     * @return the model's deployment, or {@code null} after saying on {@code err} why there is none
     */
    static Deployment load(String model, PrintStream err) {
        try {
            return load(Path.of(model), err);
        } catch (InvalidPathException e) {
            err.println("emw: " + model + ": not a valid path (" + e.getReason() + "); check the file name");
            return null;
        }
    }

    /** @return the model's deployment, or {@code null} after saying on {@code err} why there is none */
    static Deployment load(Path file, PrintStream err) {
        try {
            Resource resource = DeploymentFiles.load(file);
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Deployment deployment) {
                return deployment;
            }
            err.println("emw: " + file + ": not a deployment model (its root is not a Deployment)");
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage());
        }
        return null;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
