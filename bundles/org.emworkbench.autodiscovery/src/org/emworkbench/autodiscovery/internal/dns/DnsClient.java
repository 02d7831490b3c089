/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.TraceScope;
import org.emworkbench.autodiscovery.internal.dns.CnameResolution.Resolved;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The DNS lookups of a discovery run, made with dnsjava: the servers of the
 * settings (or the system's), UDP then TCP after truncation, retries after
 * silence, CNAME chains, DNSSEC validation when the settings name trust
 * anchors, and one answer cache for the whole run. Every query is a step in
 * the caller's scope. Thread-safe: bulk discovery shares one client between
 * many threads. UDP queries share a few long-lived sockets
 * ({@link UdpMultiplexer}); {@link #close()} releases them, and they close by
 * themselves after a while without queries.
 */
public final class DnsClient implements DnsLookups {

    /** Validation makes a handful of queries; this many times the time of one bounds it. */
    private static final int VALIDATION_QUERIES = 16;

    private final CnameResolution resolution;
    private final Long srvSeed;
    private final UdpMultiplexer udp;

    private DnsClient(CnameResolution resolution, Long srvSeed, UdpMultiplexer udp) {
        this.resolution = resolution;
        this.srvSeed = srvSeed;
        this.udp = udp;
    }

    /**
     * @param settings the run's settings
     * @return lookups that ask the settings' servers, or the system's when the settings name none
     * @throws IllegalArgumentException or {@link java.io.UncheckedIOException} when the trust anchor
     *                                  file of the settings cannot be read or holds no anchor
     */
    public static DnsLookups create(DiscoverySettings settings) {
        List<NameServer> servers = NameServer.of(settings);
        // Made before the sockets so that a bad trust anchor file leaves nothing open; sockets open on first use.
        TrustAnchors anchors = settings.trustAnchors() == null ? null : TrustAnchors.read(settings.trustAnchors());
        UdpMultiplexer udp = new UdpMultiplexer();
        Exchange exchange = new CachedExchange(
                new WireExchange(servers, settings.dnsTimeout(), settings.dnsRetries(), udp), new AnswerCache());
        Question question;
        if (anchors == null) {
            question = Question.unchecked(exchange);
        } else {
            Duration oneQuery = settings.dnsTimeout().multipliedBy(settings.dnsRetries() + 2L)
                    .multipliedBy(Math.max(1, servers.size()));
            question = new DnssecValidation(anchors, exchange,
                    oneQuery.multipliedBy(VALIDATION_QUERIES));
        }
        return new DnsClient(new CnameResolution(question), settings.srvSeed(), udp);
    }

    /** Ends waiting queries and closes the UDP sockets; later lookups fail as if the network were down. */
    @Override
    public void close() {
        udp.close();
    }

    @Override
    public SrvAnswer autodiscoverSrv(String domain, TraceScope scope, IProgressMonitor monitor) {
        String name = "_autodiscover._tcp." + domain;
        Resolved resolved = resolve(name, Type.SRV, scope, monitor);
        List<SrvTarget> records = resolved.records().stream().map(SRVRecord.class::cast)
                .map(record -> new SrvTarget(record.getPriority(), record.getWeight(), record.getPort(),
                        record.getTarget().toString().toLowerCase(Locale.ROOT)))
                .toList();
        return new SrvAnswer(name, resolved.status(), SrvOrder.order(records, SrvOrder.random(srvSeed)),
                resolved.dnssec(), resolved.detail());
    }

    @Override
    public AddressAnswer addresses(String host, TraceScope scope, IProgressMonitor monitor) {
        Resolved ipv4 = resolve(host, Type.A, scope, monitor);
        if (ipv4.status() == LookupStatus.NX_DOMAIN || ipv4.chain().isEmpty()) {
            // The name does not exist (or is no name), so it has no AAAA record either.
            return new AddressAnswer(host, ipv4.status(), List.of(), ipv4.detail());
        }
        Resolved ipv6 = resolve(host, Type.AAAA, scope, monitor);
        List<InetAddress> addresses = new ArrayList<>();
        ipv4.records().forEach(record -> addresses.add(((ARecord) record).getAddress()));
        ipv6.records().forEach(record -> addresses.add(((AAAARecord) record).getAddress()));
        return new AddressAnswer(host, combined(ipv4, ipv6), addresses, detail(ipv4, ipv6));
    }

    @Override
    public TxtAnswer txt(String name, TraceScope scope, IProgressMonitor monitor) {
        Resolved resolved = resolve(name, Type.TXT, scope, monitor);
        List<String> texts = resolved.records().stream()
                .map(record -> String.join("", ((TXTRecord) record).getStrings())).toList();
        return new TxtAnswer(name, resolved.status(), texts, resolved.dnssec(), resolved.detail());
    }

    /** @return the lookup's end; a text that is no DNS name is a failed lookup with an empty chain */
    private Resolved resolve(String text, int type, TraceScope scope, IProgressMonitor monitor) {
        Name name;
        try {
            name = absolute(text);
        } catch (TextParseException e) {
            return new Resolved(LookupStatus.FAILED, List.of(), DnssecStatus.UNCHECKED, List.of(),
                    "not a DNS name: " + e.getMessage());
        }
        return resolution.resolve(name, type, scope, monitor);
    }

    private static Name absolute(String text) throws TextParseException {
        return Name.fromString(text.endsWith(".") ? text : text + ".");
    }

    /** Found when either family is found; else a broken or unknown answer wins over an absent one. */
    private static LookupStatus combined(Resolved ipv4, Resolved ipv6) {
        if (ipv4.status() == LookupStatus.FOUND || ipv6.status() == LookupStatus.FOUND) {
            return LookupStatus.FOUND;
        }
        for (LookupStatus worse : List.of(LookupStatus.BOGUS, LookupStatus.FAILED, LookupStatus.TIMEOUT)) {
            if (ipv4.status() == worse || ipv6.status() == worse) {
                return worse;
            }
        }
        return ipv4.status() == LookupStatus.NX_DOMAIN || ipv6.status() == LookupStatus.NX_DOMAIN
                ? LookupStatus.NX_DOMAIN : LookupStatus.NO_DATA;
    }

    private static String detail(Resolved ipv4, Resolved ipv6) {
        List<String> parts = new ArrayList<>();
        if (!ipv4.detail().isEmpty()) {
            parts.add("A: " + ipv4.detail());
        }
        if (!ipv6.detail().isEmpty()) {
            parts.add("AAAA: " + ipv6.detail());
        }
        return String.join("; ", parts);
    }
}
