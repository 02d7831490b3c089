/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.exchange.ExchangeAutodiscoverProvider;
import org.emworkbench.autodiscovery.tests.servers.PlainHttpServer;
import org.emworkbench.autodiscovery.tests.servers.PoxHttpsServer;
import org.emworkbench.autodiscovery.tests.servers.RecordedRequest;
import org.emworkbench.autodiscovery.tests.servers.TestCertificateAuthority;

/**
 * A loopback lab for the Exchange provider: a test CA, one HTTPS server for
 * every test host name (routed by Host and SNI), one plain HTTP server for the
 * redirect check, and a scripted resolver that sends every test name to
 * 127.0.0.1 (then ::1). The settings point the default ports at the two
 * servers and trust only the test CA.
 */
final class ExchangeLab implements AutoCloseable {

    static final String PATH = "/Autodiscover/Autodiscover.xml";

    final TestCertificateAuthority ca = TestCertificateAuthority.create("EMW Test Root");
    final PoxHttpsServer https = PoxHttpsServer.start(
            ca.issue("contoso.test", "*.contoso.test", "fabrikam.test", "*.fabrikam.test", "*.hop.test"));
    final PlainHttpServer http = PlainHttpServer.start();
    final ScriptedDns dns = new ScriptedDns();
    final Map<String, DomainExpectation> expectations = new HashMap<>();
    DiscoverySettings settings;

    ExchangeLab(Path directory) throws IOException {
        settings = DiscoverySettings.DEFAULTS.withPorts(https.port(), http.port())
                .withTrust(ca.writePem(directory.resolve("emw-test-root.pem")), false)
                .withHttpTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5));
        for (String host : List.of("contoso.test", "autodiscover.contoso.test", "mail.contoso.test",
                "backup.contoso.test", "fabrikam.test", "autodiscover.fabrikam.test", "mail.fabrikam.test")) {
            loopback(host);
        }
    }

    /** @param host a name the scripted resolver sends to 127.0.0.1 and ::1 */
    void loopback(String host) {
        try {
            dns.host(host, InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("literal addresses always parse", e);
        }
    }

    /** @param host a host @return its candidate URL on the lab's HTTPS port as clients write it */
    static String url(String host) {
        return "https://" + host + PATH;
    }

    Run discover(String target) {
        return discover(target, new NullProgressMonitor());
    }

    Run discover(String target, IProgressMonitor monitor) {
        DiscoveryContext context = new DiscoveryContext(settings, expectations).share(DnsLookups.class, dns);
        TraceRecorder recorder = new TraceRecorder();
        new ExchangeAutodiscoverProvider().discover(DiscoveryTarget.parse(target), context, recorder, monitor);
        return new Run(recorder);
    }

    /** Every request either server got, in order of arrival. */
    List<RecordedRequest> allRequests() {
        List<RecordedRequest> all = new ArrayList<>(https.requests());
        all.addAll(http.requests());
        all.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return all;
    }

    @Override
    public void close() {
        https.close();
        http.close();
    }

    /** What one provider run recorded. */
    record Run(TraceRecorder recorder) {
        List<DiscoveryFinding> findings(String id) {
            return recorder.findings().stream().filter(finding -> finding.id().equals(id)).toList();
        }

        List<TraceStep> steps() {
            return recorder.steps();
        }

        /** @return every step, depth first */
        List<TraceStep> allSteps() {
            return steps().stream().flatMap(Run::flatten).toList();
        }

        List<TraceStep> stepsWhere(Predicate<TraceStep> test) {
            return allSteps().stream().filter(test).toList();
        }

        private static Stream<TraceStep> flatten(TraceStep step) {
            return Stream.concat(Stream.of(step), step.children().stream().flatMap(Run::flatten));
        }

        /** @return the whole trace as text, for assertion messages */
        String dump() {
            StringBuilder text = new StringBuilder();
            steps().forEach(step -> dump(step, "", text));
            recorder.findings().forEach(finding -> text.append(finding).append('\n'));
            recorder.results().forEach(result -> text.append(result).append('\n'));
            return text.toString();
        }

        private static void dump(TraceStep step, String indent, StringBuilder text) {
            text.append(indent).append(step.kind()).append(' ').append(step.title()).append(" => ")
                    .append(step.status()).append(": ").append(step.outcome()).append('\n');
            step.details().forEach(detail -> text.append(indent).append("    | ").append(detail).append('\n'));
            step.children().forEach(child -> dump(child, indent + "  ", text));
        }
    }
}
