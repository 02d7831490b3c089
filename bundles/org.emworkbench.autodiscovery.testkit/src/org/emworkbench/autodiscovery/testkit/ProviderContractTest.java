/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every autodiscovery provider keeps, as tests a plug-in author
 * inherits: subclass it in an OSGi test bundle (tycho-surefire) and name the
 * provider's id. The tests take the provider from the real extension registry
 * and run it where nothing answers: a DNS "server" on 127.0.0.1 that receives
 * and never replies, and HTTPS ports nobody listens on. No packet leaves the
 * machine.
 *
 * <pre>
 * class CaaProviderContractTest extends ProviderContractTest {
 *     protected String providerId() { return "com.example.emw.caa"; }
 * }
 * </pre>
 *
 * What it checks: the provider is registered; it finishes every step it starts;
 * silence is {@link Severity#UNKNOWN} or nothing, never an error or a warning
 * (nobody said anything was wrong); findings are complete, with a fix for
 * errors and warnings; a cancelled monitor stops it with
 * {@link OperationCanceledException} before it asks anything more; one instance
 * serves concurrent runs. Add tests of your own, against real servers, for what
 * the provider is about.
 *
 * @since 0.1
 */
public abstract class ProviderContractTest {

    /** The most a provider may take where nothing answers, with the short timeouts used here. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private DatagramSocket silentDnsServer;
    private DiscoverySettings silentNetwork;
    private ProviderDescriptor descriptor;

    /** @return the id of the provider under test, as in its plugin.xml */
    protected abstract String providerId();

    /** @return what to discover for; an address in a reserved domain unless overridden */
    protected DiscoveryTarget target() {
        return DiscoveryTarget.parse("alice@contract-test.invalid");
    }

    /** Opens the silent DNS server and finds the provider. */
    @BeforeEach
    public void setUpSilentNetwork() throws IOException {
        silentDnsServer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int unusedPort = unusedTcpPort();
        silentNetwork = DiscoverySettings.DEFAULTS
                .withDnsServers(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        silentDnsServer.getLocalPort())))
                .withDnsTimeout(Duration.ofMillis(300), 0).withHttpTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withPorts(unusedPort, unusedPort).withTrust(null, false);
        ProviderRegistry registry = ProviderRegistry.fromPlatform();
        descriptor = registry.providers().stream().filter(provider -> provider.id().equals(providerId())).findFirst()
                .orElse(null);
        assertNotNull(descriptor, () -> "no provider with id " + providerId()
                + " is registered; check the id and the plugin.xml; problems: " + registry.contributionProblems());
    }

    /** Closes the silent DNS server. */
    @AfterEach
    public void closeSilentNetwork() {
        silentDnsServer.close();
    }

    /** The provider's class can be made and implements the interface. */
    @Test
    public void theProviderCanBeCreated() {
        assertNotNull(descriptor.factory().get());
        assertFalse(descriptor.name().isBlank(), "the provider needs a name");
    }

    /** Where nothing answers, the provider ends, every step it started is finished, and nothing is called wrong. */
    @Test
    public void silenceIsUnknownNeverAnError() {
        TraceRecorder trace = assertTimeoutPreemptively(PATIENCE, () -> run(target()),
                "the provider did not end where nothing answers; keep every wait within the settings' timeouts");
        for (TraceStep step : trace.steps()) {
            assertFinished(step);
        }
        for (DiscoveryFinding finding : trace.findings()) {
            assertTrue(finding.severity() == Severity.UNKNOWN || finding.severity() == Severity.INFO,
                    () -> "nothing answered, yet the provider reports " + finding.severity() + " " + finding.id()
                            + ": " + finding.message() + "; an unanswered query is Severity.UNKNOWN");
        }
    }

    /** Every finding names its id, subject and message, and errors and warnings say what to do. */
    @Test
    public void findingsAreComplete() {
        TraceRecorder trace = assertTimeoutPreemptively(PATIENCE, () -> run(target()));
        for (DiscoveryFinding finding : trace.findings()) {
            assertFalse(finding.subject().isBlank(), () -> finding.id() + " has no subject");
            assertFalse(finding.message().isBlank(), () -> finding.id() + " has no message");
            if (finding.severity() == Severity.ERROR || finding.severity() == Severity.WARNING) {
                assertFalse(finding.fix().isBlank(), () -> finding.id() + " is an error or warning without a fix");
            }
        }
    }

    /**
     * A provider given a cancelled monitor stops before it makes more than one
     * query or request; checks without traffic ({@link StepKind#CHECK}) do not count.
     */
    @Test
    public void aCancelledMonitorStopsIt() {
        TraceRecorder trace = new TraceRecorder();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                descriptor.factory().get().discover(target(), new DiscoveryContext(silentNetwork), trace, cancelled);
            } catch (OperationCanceledException expected) {
                // The contract's way to stop.
            }
        });
        List<TraceStep> traffic = trace.steps().stream().filter(step -> step.kind() != StepKind.CHECK).toList();
        assertTrue(traffic.size() <= 1, () -> "the provider went on asking after cancellation: " + traffic);
    }

    /** One instance serves several runs at once, each with a trace of its own. */
    @Test
    public void oneInstanceServesConcurrentRuns() throws Exception {
        AutodiscoveryProvider provider = descriptor.factory().get();
        DiscoveryContext context = new DiscoveryContext(silentNetwork);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<TraceRecorder>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                DiscoveryTarget target = new DiscoveryTarget("user" + i, target().domain());
                runs.add(threads.submit(() -> {
                    TraceRecorder trace = new TraceRecorder();
                    provider.discover(target, context, trace, new NullProgressMonitor());
                    return trace;
                }));
            }
            List<Integer> stepCounts = new ArrayList<>();
            for (Future<TraceRecorder> run : runs) {
                stepCounts.add(assertTimeoutPreemptively(PATIENCE, () -> run.get()).steps().size());
            }
            assertEquals(1, stepCounts.stream().distinct().count(),
                    () -> "the same target gave traces of different lengths when run at once: " + stepCounts);
        } finally {
            threads.shutdownNow();
        }
    }

    private TraceRecorder run(DiscoveryTarget target) {
        TraceRecorder trace = new TraceRecorder();
        try {
            descriptor.factory().get().discover(target, new DiscoveryContext(silentNetwork), trace,
                    new NullProgressMonitor());
        } catch (RuntimeException e) {
            fail("the provider threw where nothing answers; record the silence instead: " + e, e);
        }
        return trace;
    }

    private static void assertFinished(TraceStep step) {
        assertTrue(step.status() != StepStatus.UNKNOWN || !"not finished".equals(step.outcome()),
                () -> "step '" + step.title() + "' was started and never finished");
        for (TraceStep child : step.children()) {
            assertFinished(child);
        }
    }

    private static int unusedTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
