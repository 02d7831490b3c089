/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.Transport;

/**
 * A provider registry whose one provider answers by the first label of the
 * domain, so that the command's rendering, exit codes and bulk scheduling can
 * be tested without a network: {@code ok}, {@code warn}, {@code error},
 * {@code silent} (unknown), {@code crash} (throws after one step); any other
 * name takes a few milliseconds and counts how many run at once. The real
 * providers are tested against real servers in the autodiscovery tests and in
 * {@code DiscoverAgainstNamedTest}.
 */
final class ScriptedProviders implements ProviderRegistry {

    static final String ID = "org.emworkbench.cli.tests.scripted";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Map<String, DomainExpectation> expectationsSeen = new ConcurrentHashMap<>();
    private final ProviderDescriptor descriptor = new ProviderDescriptor(ID, "Scripted provider",
            "Answers by the domain's first label.", Transport.DNS, 1, "org.emworkbench.cli.tests", () -> this::discover);
    private final ProviderDescriptor httpDescriptor = new ProviderDescriptor(ID + ".http", "Scripted HTTP provider",
            "Records one request.", Transport.HTTP, 2, "org.emworkbench.cli.tests", () -> this::request);

    @Override
    public List<ProviderDescriptor> providers() {
        return List.of(descriptor, httpDescriptor);
    }

    @Override
    public List<String> contributionProblems() {
        return List.of();
    }

    /** @return the most targets that were in the provider at the same time */
    int mostInFlight() {
        return mostInFlight.get();
    }

    /** @return the model expectations the provider was given, by domain */
    Map<String, DomainExpectation> expectationsSeen() {
        return expectationsSeen;
    }

    private void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace,
            IProgressMonitor monitor) {
        context.expectation(target.domain()).ifPresent(expectation -> expectationsSeen.put(target.domain(), expectation));
        String label = target.domain().substring(0, target.domain().indexOf('.') < 0 ? target.domain().length()
                : target.domain().indexOf('.'));
        TraceRecorder.Step query = trace.begin(StepKind.DNS, "SRV _autodiscover._tcp." + target.domain());
        switch (label) {
            case "ok" -> {
                query.detail("_autodiscover._tcp." + target.domain() + ". 300 IN SRV 0 0 443 mail." + target.domain() + ".");
                query.begin(StepKind.DNS, "A mail." + target.domain()).detail("mail." + target.domain() + ". 300 IN A 127.0.0.1")
                        .finish(StepStatus.OK, "NOERROR, 1 record");
                query.finish(StepStatus.OK, "NOERROR, 1 record");
                trace.result(new DiscoveredValue("SRV", "0 0 443 mail." + target.domain() + "."));
            }
            case "warn" -> {
                query.finish(StepStatus.OK, "NOERROR, 1 record");
                trace.report(FindingKind.AD_002.on("_autodiscover._tcp." + target.domain(),
                        "the target mail.hoster.example. is outside " + target.domain()));
            }
            case "error" -> {
                query.finish(StepStatus.ABSENT, "NXDOMAIN");
                trace.report(FindingKind.AD_001.on("_autodiscover._tcp." + target.domain(), "no SRV record"));
            }
            case "silent" -> {
                query.finish(StepStatus.UNKNOWN, "timeout after 1 s (1 try)");
                trace.report(FindingKind.AD_011.on("_autodiscover._tcp." + target.domain(), "no answer"));
            }
            case "crash" -> {
                query.finish(StepStatus.OK, "NOERROR");
                throw new IllegalStateException("scripted crash");
            }
            default -> {
                int now = inFlight.incrementAndGet();
                mostInFlight.accumulateAndGet(now, Math::max);
                try {
                    TimeUnit.MILLISECONDS.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                query.finish(StepStatus.OK, "NOERROR, 1 record");
            }
        }
    }

    private void request(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace,
            IProgressMonitor monitor) {
        trace.begin(StepKind.HTTP, "POST https://autodiscover." + target.domain() + "/Autodiscover/Autodiscover.xml")
                .finish(StepStatus.OK, "401 Unauthorized");
    }
}
