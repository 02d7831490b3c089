/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.ExpectedSrvRecord;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.TraceRecorder;

/**
 * Looks up {@code _autodiscover._tcp.<domain>} (MS-OXDISCO §3.1.5.3) and
 * checks the answer the way mail clients use it.
 * <p>
 * Results: one {@code SRV} value per record ({@code priority weight port target})
 * in the order a client tries them (RFC 2782), then the answer's {@code DNSSEC}
 * state. Findings:
 * <ul>
 * <li>AD-011 (unknown) when the lookup timed out or the server failed; then
 * nothing else is said, in particular never AD-001;</li>
 * <li>AD-006 when DNSSEC validation failed; the records are not used;</li>
 * <li>AD-001 when the name does not exist or has no SRV record;</li>
 * <li>AD-002 to AD-005 and the target address checks of {@link SrvTargetChecks};</li>
 * <li>AD-007 for each difference from the records the model expects, when it
 * names any ({@link SrvModelComparison}).</li>
 * </ul>
 */
public final class SrvRecordProvider implements AutodiscoveryProvider {

    @Override
    public void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace,
            IProgressMonitor monitor) {
        String domain = target.domain();
        List<ExpectedSrvRecord> expected = context.expectation(domain).map(DomainExpectation::srvRecords)
                .orElse(List.of());
        DnsLookups dns = DnsLookups.of(context);
        SrvAnswer answer = dns.autodiscoverSrv(domain, trace, monitor);
        answer.records().forEach(record -> trace.result(new DiscoveredValue("SRV", record.toString())));
        trace.result(new DiscoveredValue("DNSSEC", answer.dnssec().name()));
        switch (answer.status()) {
            case TIMEOUT -> trace.report(FindingKind.AD_011.on(answer.name(), "The SRV lookup got no answer in time ("
                    + answer.detail() + "): whether the record exists is unknown."));
            case FAILED -> trace.report(FindingKind.AD_011.on(answer.name(),
                    "The SRV lookup failed (" + answer.detail() + "): whether the record exists is unknown."));
            case BOGUS -> trace.report(FindingKind.AD_006.on(answer.name(), "The SRV answer failed DNSSEC validation ("
                    + answer.detail() + "): validating resolvers refuse it, so clients behind them find no record."));
            case NX_DOMAIN, NO_DATA -> {
                String what = answer.status() == LookupStatus.NX_DOMAIN ? "does not exist (NXDOMAIN)"
                        : "exists but has no SRV record (NOERROR, no data)";
                trace.report(FindingKind.AD_001.on(answer.name(), answer.name() + " " + what
                        + ": clients that look for the SRV record find no Autodiscover host."));
                SrvModelComparison.compare(answer.name(), expected, List.of(), trace);
            }
            case FOUND -> {
                SrvTargetChecks.check(domain, answer, expected, dns, trace, monitor);
                SrvModelComparison.compare(answer.name(), expected, answer.records(), trace);
            }
        }
    }
}
