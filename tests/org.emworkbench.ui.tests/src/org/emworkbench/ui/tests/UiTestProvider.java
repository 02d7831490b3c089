/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;

/**
 * The provider the Autodiscovery view's tests run on, contributed by this
 * bundle's plugin.xml. For a domain ending in {@code .uitest} it records an
 * SRV query with an address query inside it, the SRV record as a discovered
 * value, and an error (AD-004), a warning (AD-002) and an unknown (AD-011);
 * the query's details say which DNS servers and whether HTTPS requests the run
 * was given. On {@code slow.uitest} it then waits until the run is cancelled;
 * on {@code broken.uitest} it fails. For any domain the run's model has
 * expectations of, it records a check listing them. Nothing goes to the
 * network.
 */
public final class UiTestProvider implements AutodiscoveryProvider {

    /** The provider's id in plugin.xml. */
    public static final String ID = "org.emworkbench.ui.tests.uitestProvider";

    /** The provider's name in plugin.xml. */
    public static final String NAME = "UI test provider (.uitest)";

    /** The domain on which it waits for cancellation. */
    public static final String SLOW = "slow.uitest";

    /** The domain on which it fails. */
    public static final String BROKEN = "broken.uitest";

    /** The reason it gives on {@link #BROKEN}. */
    public static final String BREAKS = "the UI test provider fails on purpose for " + BROKEN;

    private static final long LONGEST_WAIT_MILLIS = 60_000;
    private static final Semaphore WAITING = new Semaphore(0);

    /**
     * Waits until a run on {@link #SLOW} waits for its cancellation.
     *
     * @param millis how long to wait at most
     * @return whether one does
     */
    public static boolean awaitWaiting(long millis) throws InterruptedException {
        return WAITING.tryAcquire(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace,
            IProgressMonitor monitor) {
        String domain = target.domain();
        context.expectation(domain).ifPresent(expected -> expectations(trace, expected));
        if (!domain.endsWith(".uitest")) {
            return;
        }
        String srvName = "_autodiscover._tcp." + domain;
        TraceRecorder.Step srv = trace.begin(StepKind.DNS, "SRV " + srvName + " @ui-test");
        srv.detail(srvName + ". 300 IN SRV 0 0 8443 mail.hosting.uitest.");
        srv.detail("DNS servers of the run: " + (context.settings().usesSystemResolvers() ? "the system's"
                : context.settings().dnsServers().stream().map(address -> address.getHostString() + ":"
                        + address.getPort()).toList()));
        srv.detail("HTTPS requests of the run: " + (context.settings().httpEnabled() ? "on" : "off"));
        srv.begin(StepKind.DNS, "A mail.hosting.uitest @ui-test").detail("mail.hosting.uitest. 300 IN A 192.0.2.10")
                .finish(StepStatus.OK, "NOERROR, 1 record");
        srv.finish(StepStatus.OK, "NOERROR, 1 record");
        trace.result(new DiscoveredValue("SRV", "0 0 8443 mail.hosting.uitest."));
        trace.report(FindingKind.AD_004.on(srvName, "The SRV record names port 8443, not 443."));
        trace.report(FindingKind.AD_002.on("mail.hosting.uitest.", "The SRV target is outside " + domain + "."));
        trace.report(FindingKind.AD_011.on(domain + " TXT", "The TXT query for " + domain + " timed out."));
        if (SLOW.equals(domain)) {
            waitForCancellation(trace, monitor);
        } else if (BROKEN.equals(domain)) {
            throw new IllegalStateException(BREAKS);
        }
    }

    private static void expectations(TraceRecorder trace, DomainExpectation expected) {
        TraceRecorder.Step check = trace.begin(StepKind.CHECK, "Model expectations for " + expected.domain());
        check.detail("claim token: " + expected.claimToken());
        expected.srvRecords().forEach(record -> check.detail("SRV " + record));
        check.finish(StepStatus.OK, expected.srvRecords().size() + " SRV records expected");
    }

    private static void waitForCancellation(TraceRecorder trace, IProgressMonitor monitor) {
        trace.begin(StepKind.CHECK, "Waiting until the run is cancelled");
        WAITING.release();
        long until = System.currentTimeMillis() + LONGEST_WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
        throw new IllegalStateException(String.format(Locale.ROOT, "not cancelled within %d s",
                LONGEST_WAIT_MILLIS / 1000));
    }
}
