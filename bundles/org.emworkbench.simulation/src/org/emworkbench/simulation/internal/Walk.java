/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.ModelExpectations;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.simulation.Outcome;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.SimulationSettings;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;
import org.emworkbench.validation.RuleRegistry;

/**
 * One walk through the five steps for one user. Each step is walked only
 * when the steps it needs passed; the servers are asked as the steps need
 * them, each at most once.
 */
public final class Walk implements AutoCloseable {

    /** Provider id of the Citrix AutoDiscovery claim check (autodiscovery bundle). */
    static final String CLAIM_PROVIDER = "org.emworkbench.autodiscovery.citrixClaim";
    /** Provider id of the Exchange Autodiscover SRV lookup. */
    static final String SRV_PROVIDER = "org.emworkbench.autodiscovery.dnsSrv";
    /** Provider id of Exchange Autodiscover over HTTPS. */
    static final String EXCHANGE_PROVIDER = "org.emworkbench.autodiscovery.exchangePox";

    final Deployment deployment;
    final DiscoveryTarget target;
    final Persona persona;
    final SimulationSettings settings;
    final RuleFindings findings;
    final UserDirectory directory;
    private final ProviderRegistry providers;
    private final DiscoveryContext discovery;
    private final IProgressMonitor monitor;
    /** What step 3 found, for step 5. */
    AttributesStep.Expansion expansion;

    private Walk(Deployment deployment, DiscoveryTarget target, Persona persona, SimulationSettings settings,
            RuleFindings findings, ProviderRegistry providers, IProgressMonitor monitor) {
        this.deployment = deployment;
        this.target = target;
        this.persona = persona;
        this.settings = settings;
        this.findings = findings;
        this.providers = providers;
        this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
        this.directory = new UserDirectory(deployment.getDirectory(), settings.directory());
        this.discovery = new DiscoveryContext(settings.discovery(), ModelExpectations.of(deployment));
    }

    /**
     * Walks the steps.
     *
     * @param deployment the model, in a resource
     * @param address    the user's email address
     * @param settings   which servers to ask
     * @param rules      the validation rules whose findings the steps read
     * @param providers  the autodiscovery providers
     * @param monitor    progress, or {@code null}
     * @return the report
     * @throws IllegalArgumentException when the address is not an email address
     */
    public static SimulationReport run(Deployment deployment, String address, SimulationSettings settings,
            RuleRegistry rules, ProviderRegistry providers, IProgressMonitor monitor) {
        DiscoveryTarget target = DiscoveryTarget.parse(address);
        if (target.localPart() == null) {
            throw new IllegalArgumentException("'" + address
                    + "' is a domain, not an email address; the walk is for one user, e.g. megan.bowen@contoso.com");
        }
        Persona persona = persona(deployment, target.address());
        RuleFindings findings = RuleFindings.of(rules, StepRules.builtIn(), deployment.eResource(), persona,
                target.domain());
        try (Walk walk = new Walk(deployment, target, persona, settings, findings, providers, monitor)) {
            return walk.steps();
        }
    }

    private SimulationReport steps() {
        Map<Step, StepResult> results = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            StepResult blocked = blocked(step, results);
            if (blocked != null) {
                results.put(step, blocked);
                continue;
            }
            monitor.subTask("Step " + step.number() + ": " + step.title());
            results.put(step, switch (step) {
                case ENROLLMENT -> EnrollmentStep.walk(this);
                case DELIVERY -> DeliveryStep.walk(this);
                case LDAP_ATTRIBUTES -> AttributesStep.walk(this);
                case EXCHANGE_AUTODISCOVER -> ExchangeStep.walk(this);
                case CREDENTIAL -> CredentialStep.walk(this);
            });
        }
        List<String> notes = new ArrayList<>();
        if (settings.sandbox()) {
            notes.add("sandbox: answers come from the model, not from the customer's servers; a pass shows that the"
                    + " model's own expectations are consistent end to end");
        }
        return new SimulationReport(target.address(), persona == null ? null : persona.getDisplayName(),
                settings.sandbox(), List.copyOf(results.values()), notes);
    }

    private static StepResult blocked(Step step, Map<Step, StepResult> results) {
        for (Step needed : step.needs()) {
            Outcome outcome = results.get(needed).outcome();
            if (outcome != Outcome.PASS) {
                return StepRecord.skipped(step, needed, outcome);
            }
        }
        return null;
    }

    /**
     * Runs some of the autodiscovery providers for the user's address.
     *
     * @param ids the providers' ids
     * @return their traces
     */
    DiscoveryReport discover(Set<String> ids) {
        List<ProviderDescriptor> chosen = providers.providers().stream().filter(p -> ids.contains(p.id())).toList();
        ProviderRegistry subset = new ProviderRegistry() {
            @Override
            public List<ProviderDescriptor> providers() {
                return chosen;
            }

            @Override
            public List<String> contributionProblems() {
                return List.of();
            }
        };
        return new AutodiscoveryService(subset).discover(target, discovery, monitor);
    }

    /**
     * Adds a discovery's trace as evidence and its findings to the step: errors
     * fail it, unknown answers make it unknown, warnings are evidence.
     */
    static void read(DiscoveryReport report, String source, StepRecord record) {
        for (DiscoveryTrace trace : report.traces()) {
            for (TraceStep step : trace.steps()) {
                evidence(step, source, record);
            }
            for (DiscoveredValue value : trace.results()) {
                if (!"DNSSEC".equals(value.kind())) {
                    record.saw(source, "=> " + value.kind() + " " + value.value());
                }
            }
            if (trace.failure() != null) {
                record.unknown(trace.providerName() + " stopped: " + trace.failure(), null);
            }
            for (DiscoveryFinding finding : trace.findings()) {
                String line = finding.id() + " " + finding.severity().name().toLowerCase(Locale.ROOT) + " "
                        + finding.subject() + ": " + finding.message();
                switch (finding.severity()) {
                    case ERROR -> record.fail(finding.id() + ": " + finding.message(), finding.fix());
                    case UNKNOWN -> record.unknown(finding.id() + ": " + finding.message(), finding.fix());
                    default -> record.saw(source, line);
                }
            }
        }
    }

    private static void evidence(TraceStep step, String source, StepRecord record) {
        if (step.children().isEmpty()) {
            record.saw(source, step.title() + ": " + step.outcome() + " ["
                    + step.status().name().toLowerCase(Locale.ROOT) + "]");
        }
        for (TraceStep child : step.children()) {
            evidence(child, source, record);
        }
    }

    private static Persona persona(Deployment deployment, String address) {
        if (deployment.getDirectory() == null) {
            return null;
        }
        for (Persona persona : deployment.getDirectory().getPersonas()) {
            if (address.equalsIgnoreCase(persona.getMail())) {
                return persona;
            }
        }
        return null;
    }

    /** @return the user as messages name them: the persona's name and the address, or the address alone */
    String who() {
        return persona == null ? target.address() : persona.getDisplayName() + " <" + target.address() + ">";
    }

    @Override
    public void close() {
        try {
            directory.close();
        } finally {
            discovery.close();
        }
    }
}
