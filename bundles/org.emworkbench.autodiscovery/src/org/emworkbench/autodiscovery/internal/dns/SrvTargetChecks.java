/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.ExpectedSrvRecord;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.PublicSuffixes;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.TraceRecorder;

/**
 * Checks each published {@code _autodiscover._tcp} record the way a mail
 * client would use it:
 * <ul>
 * <li>AD-005: the target {@code .} declares the service not available;</li>
 * <li>AD-003: a target {@code autodiscover.<public suffix>} is the 2021 leak; it is
 * reported and never looked up (AD-002 is not reported on top of it);</li>
 * <li>AD-002: a target outside the mail domain, saying whether it is at least in the
 * same registrable domain;</li>
 * <li>AD-004: a port other than 443;</li>
 * <li>each other target's A and AAAA records are looked up. A target that does
 * not resolve is reported as AD-007 when the model names it (the live answer
 * differs from the model), and otherwise as AD-001, "no usable SRV record":
 * an error when no target of the answer resolves, a warning when another one
 * does (clients go on to it). An unknown answer is AD-011, a bogus one
 * AD-006.</li>
 * </ul>
 */
final class SrvTargetChecks {

    private SrvTargetChecks() {
    }

    /**
     * @param domain   the mail domain
     * @param answer   a found SRV answer
     * @param expected the model's records for the domain, possibly empty
     * @param dns      for the address lookups
     * @param trace    where steps and findings go
     * @param monitor  cancellation
     */
    static void check(String domain, SrvAnswer answer, List<ExpectedSrvRecord> expected, DnsLookups dns,
            TraceRecorder trace, IProgressMonitor monitor) {
        Map<String, SrvTarget> toResolve = new LinkedHashMap<>();
        for (SrvTarget record : answer.records()) {
            if (record.isServiceUnavailable()) {
                trace.report(FindingKind.AD_005.on(answer.name(), "The record " + record
                        + " has the target '.': the domain declares that Autodiscover is not available,"
                        + " so clients find no host."));
                continue;
            }
            if (record.port() != 443) {
                trace.report(FindingKind.AD_004.on(answer.name(), "The record " + record + " uses port " + record.port()
                        + ": mail clients build https://" + record.host()
                        + "/Autodiscover/Autodiscover.xml on port 443 and ignore it."));
            }
            if (PublicSuffixes.isAutodiscoverAtPublicSuffix(record.host())) {
                trace.report(FindingKind.AD_003.on(record.host(), "The record " + record + " points at " + record.host()
                        + ", a name directly under the public suffix "
                        + record.host().substring("autodiscover.".length())
                        + " that anyone can register: clients would send credentials to its owner. It was not contacted."));
                continue;
            }
            if (!PublicSuffixes.isWithin(record.host(), domain)) {
                trace.report(FindingKind.AD_002.on(record.host(), outside(record, domain)));
            }
            toResolve.putIfAbsent(record.host(), record);
        }
        resolve(answer, toResolve, expected, dns, trace, monitor);
    }

    private static String outside(SrvTarget record, String domain) {
        String start = "The record " + record + " points outside the mail domain " + domain;
        String end = ": Outlook and other clients ask users whether to allow " + record.host()
                + " to configure their settings.";
        if (PublicSuffixes.sameRegistrableDomain(record.host(), domain)) {
            return start + ", though within the same registrable domain "
                    + PublicSuffixes.registrableDomain(domain).orElseThrow() + end;
        }
        Optional<String> owner = PublicSuffixes.registrableDomain(record.host());
        return start + " and outside its registrable domain"
                + owner.map(name -> " (the target belongs to " + name + ")").orElse("") + end;
    }

    private static void resolve(SrvAnswer answer, Map<String, SrvTarget> targets, List<ExpectedSrvRecord> expected,
            DnsLookups dns, TraceRecorder trace, IProgressMonitor monitor) {
        List<AddressAnswer> unresolved = new ArrayList<>();
        boolean anyResolves = false;
        for (String host : targets.keySet()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            AddressAnswer addresses = dns.addresses(host, trace, monitor);
            switch (addresses.status()) {
                case FOUND -> anyResolves = true;
                case TIMEOUT, FAILED -> trace.report(FindingKind.AD_011.on(host, "The address lookup of the SRV target "
                        + host + " got no answer (" + addresses.detail() + "): whether clients can reach it is unknown."));
                case BOGUS -> trace.report(FindingKind.AD_006.on(host, "The addresses of the SRV target " + host
                        + " failed DNSSEC validation (" + addresses.detail() + "): validating resolvers refuse them."));
                case NX_DOMAIN, NO_DATA -> unresolved.add(addresses);
            }
        }
        for (AddressAnswer addresses : unresolved) {
            String what = addresses.status() == LookupStatus.NX_DOMAIN ? "does not exist (NXDOMAIN)"
                    : "has no A or AAAA record";
            String message = "The SRV target " + addresses.host() + " " + what + ": clients cannot connect to it.";
            SrvTarget record = targets.get(addresses.host());
            boolean modelled = expected.stream().anyMatch(model -> model.target().equals(record.target()));
            if (modelled) {
                trace.report(FindingKind.AD_007.on(answer.name(), message
                        + " The model expects this target to serve Autodiscover."));
            } else {
                Severity severity = anyResolves ? Severity.WARNING : FindingKind.AD_001.severity();
                String consequence = anyResolves ? " Clients go on to the next record."
                        : " No record of " + answer.name() + " is usable.";
                trace.report(new DiscoveryFinding(FindingKind.AD_001.id(), severity, addresses.host(),
                        message + consequence, FindingKind.AD_001.fix()));
            }
        }
    }
}
