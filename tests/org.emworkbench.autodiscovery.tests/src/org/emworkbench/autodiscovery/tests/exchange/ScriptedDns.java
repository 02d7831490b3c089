/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceScope;
import org.emworkbench.autodiscovery.internal.dns.AddressAnswer;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.DnssecStatus;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvAnswer;
import org.emworkbench.autodiscovery.internal.dns.SrvTarget;
import org.emworkbench.autodiscovery.internal.dns.TxtAnswer;

/**
 * A resolver for the provider's tests that answers from a script instead of
 * the network, so that every test name leads to a loopback address and
 * nothing else: names not scripted do not exist. It records its queries as
 * steps in the scope it is given, as the real client does, and remembers
 * every name it was asked.
 */
final class ScriptedDns implements DnsLookups {

    private final Map<String, List<InetAddress>> hosts = new ConcurrentHashMap<>();
    private final Map<String, SrvAnswer> srv = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile LookupStatus everyLookup;

    /** @param host a host name @param addresses its addresses (loopback only) @return this resolver */
    ScriptedDns host(String host, InetAddress... addresses) {
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("tests only ever reach loopback addresses, not " + address);
            }
        }
        hosts.put(host.toLowerCase(Locale.ROOT), List.of(addresses));
        return this;
    }

    /** @param domain a mail domain @param records its SRV records in client order @return this resolver */
    ScriptedDns srv(String domain, SrvTarget... records) {
        String name = "_autodiscover._tcp." + domain;
        srv.put(domain, new SrvAnswer(name, LookupStatus.FOUND, List.of(records), DnssecStatus.UNCHECKED, ""));
        return this;
    }

    /** @param status how every lookup ends from now on, e.g. {@link LookupStatus#TIMEOUT}; {@code null} to script */
    ScriptedDns everyLookupEnds(LookupStatus status) {
        everyLookup = status;
        return this;
    }

    /** @return the names asked, in order ({@code A/AAAA host} or {@code SRV name}) */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public SrvAnswer autodiscoverSrv(String domain, TraceScope scope, IProgressMonitor monitor) {
        String name = "_autodiscover._tcp." + domain;
        asked.add("SRV " + name);
        TraceRecorder.Step step = scope.begin(StepKind.DNS, "SRV " + name + " @scripted test resolver");
        SrvAnswer answer = everyLookup != null ? new SrvAnswer(name, everyLookup, List.of(), DnssecStatus.UNCHECKED, "scripted")
                : srv.getOrDefault(domain, new SrvAnswer(name, LookupStatus.NX_DOMAIN, List.of(), DnssecStatus.UNCHECKED, ""));
        answer.records().forEach(record -> step.detail(name + ". SRV " + record));
        step.finish(status(answer.status()), answer.status() + ", " + answer.records().size() + " record(s)");
        return answer;
    }

    @Override
    public AddressAnswer addresses(String host, TraceScope scope, IProgressMonitor monitor) {
        String name = host.toLowerCase(Locale.ROOT);
        asked.add("A/AAAA " + name);
        TraceRecorder.Step step = scope.begin(StepKind.DNS, "A/AAAA " + name + " @scripted test resolver");
        List<InetAddress> addresses = everyLookup != null ? List.of() : hosts.getOrDefault(name, List.of());
        LookupStatus status = everyLookup != null ? everyLookup
                : addresses.isEmpty() ? LookupStatus.NX_DOMAIN : LookupStatus.FOUND;
        List<String> shown = new ArrayList<>();
        addresses.forEach(address -> shown.add(address.getHostAddress()));
        shown.forEach(step::detail);
        step.finish(status(status), status + (shown.isEmpty() ? "" : ", " + String.join(", ", shown)));
        return new AddressAnswer(name, status, addresses, "");
    }

    @Override
    public TxtAnswer txt(String name, TraceScope scope, IProgressMonitor monitor) {
        asked.add("TXT " + name);
        scope.begin(StepKind.DNS, "TXT " + name + " @scripted test resolver").finish(StepStatus.ABSENT, "NX_DOMAIN");
        return new TxtAnswer(name, LookupStatus.NX_DOMAIN, List.of(), DnssecStatus.UNCHECKED, "");
    }

    private static StepStatus status(LookupStatus status) {
        return switch (status) {
        case FOUND -> StepStatus.OK;
        case NO_DATA, NX_DOMAIN -> StepStatus.ABSENT;
        case BOGUS -> StepStatus.FAILED;
        case FAILED, TIMEOUT -> StepStatus.UNKNOWN;
        };
    }
}
