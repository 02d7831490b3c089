/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.rules;

import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.ModelExpectations;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.internal.dns.SrvRecordProvider;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.OnlineCheckUnavailableException;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-018 (online): the {@code _autodiscover._tcp} SRV records DNS really
 * serves for a mail domain are the ones the model expects, and they are usable
 * (port 443, a real target, inside the domain, DNSSEC not bogus). It runs the
 * SRV provider, the same code as {@code emw discover}, and turns its findings
 * into the rule's findings on the mail domain, each message starting with the
 * AD id. When the resolver does not answer, the domain cannot be checked: that
 * is an {@link OnlineCheckUnavailableException}, never a finding.
 * <p>
 * The DNS servers and timeouts come from the run's environment
 * ({@link DiscoverySettings}); without one, the system's resolvers.
 * </p>
 */
public final class LiveSrvRecordsRule implements ValidationRule {

    private final SrvRecordProvider provider = new SrvRecordProvider();

    @Override
    public void check(EObject target, RuleContext context) {
        MailDomain mailDomain = (MailDomain) target;
        if (mailDomain.getName() == null || mailDomain.getName().isBlank()) {
            return; // The offline rules report a mail domain without a name.
        }
        DiscoveryTarget domain;
        try {
            domain = DiscoveryTarget.parse(mailDomain.getName());
        } catch (IllegalArgumentException e) {
            return; // Likewise a name that is not a domain name.
        }
        DiscoverySettings settings = context.environment(DiscoverySettings.class).orElse(DiscoverySettings.DEFAULTS);
        EObject root = EcoreUtil.getRootContainer(mailDomain);
        Map<String, DomainExpectation> expectations = root instanceof Deployment deployment
                ? ModelExpectations.of(deployment)
                : Map.of();
        TraceRecorder trace = new TraceRecorder();
        try (DiscoveryContext run = new DiscoveryContext(settings, expectations)) {
            provider.discover(domain, run, trace, new NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return context.isCancelled();
                }
            });
        } catch (OperationCanceledException e) {
            return;
        }
        for (DiscoveryFinding finding : trace.findings()) {
            if (finding.severity() == Severity.UNKNOWN) {
                throw new OnlineCheckUnavailableException(finding.id() + " " + finding.subject() + ": "
                        + finding.message() + " " + finding.fix());
            }
        }
        for (DiscoveryFinding finding : trace.findings()) {
            context.report(Finding.on(mailDomain, finding.id() + " " + finding.subject() + ": " + finding.message())
                    .fix(finding.fix()).severity(severityOf(finding.severity())));
        }
    }

    private static RuleSeverity severityOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RuleSeverity.ERROR;
            case WARNING -> RuleSeverity.WARNING;
            default -> RuleSeverity.INFO;
        };
    }
}
