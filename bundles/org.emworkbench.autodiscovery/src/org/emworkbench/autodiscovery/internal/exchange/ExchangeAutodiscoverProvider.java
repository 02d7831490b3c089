/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;

/**
 * Exchange Autodiscover over HTTPS with the ActiveSync ("mobilesync") POX
 * schema, the way a mail client discovers its server from an address: the
 * candidates of [MS-OXDISCO] §3.1.5 in order, each host resolved by
 * discovery's own resolver ({@link DnsLookups}), TLS checked against the host
 * name, redirects followed up to {@link org.emworkbench.autodiscovery.DiscoverySettings#maxRedirects()}.
 * <p>
 * Safe by design: no request carries credentials or cookies; nothing is sent
 * over plain HTTP but the unauthenticated GET of the redirect check; no
 * candidate is built above the mail domain's registrable domain, and an
 * {@code autodiscover.<public suffix>} name is reported (AD-003), never
 * contacted; answers are parsed with DTDs and external entities refused.
 * <p>
 * Findings: AD-003, AD-007 (the MobileSync URL differs from the model), AD-008
 * (an Autodiscover error, a redirect loop, too many redirects, or no candidate
 * answering), AD-009 (TLS), and AD-002 as a warning for a redirect that leaves
 * the mail domain. Results: one {@code DiscoveredValue} per Settings server
 * (kind = its type, e.g. {@code MobileSync}), or {@code AutodiscoverEndpoint}
 * for an endpoint that asks for credentials.
 */
public final class ExchangeAutodiscoverProvider implements AutodiscoveryProvider {

    @Override
    public void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace, IProgressMonitor monitor) {
        if (!context.settings().httpEnabled()) {
            trace.begin(StepKind.CHECK, "Exchange Autodiscover for " + target).finish(StepStatus.SKIPPED,
                    "HTTP is switched off for this run: no request is made");
            return;
        }
        TraceRecorder.Step trustStep = trace.begin(StepKind.CHECK, "CA certificates trusted for HTTPS");
        TlsTrust trust;
        try {
            trust = context.shared(TlsTrust.class, () -> TlsTrust.from(context.settings()));
        } catch (IllegalArgumentException e) {
            trustStep.finish(StepStatus.FAILED, e.getMessage());
            throw new IllegalStateException(e.getMessage(), e);
        }
        trustStep.finish(trust.size() == 0 ? StepStatus.FAILED : StepStatus.OK, trust.description());
        new AutodiscoverRun(target, context, trace, monitor, DnsLookups.of(context),
                new HttpClient(context.settings(), trust)).run();
    }
}
