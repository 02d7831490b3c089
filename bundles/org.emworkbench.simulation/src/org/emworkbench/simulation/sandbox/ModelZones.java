/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.sandbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The DNS data a model expects, as the sandbox's DNS responder serves it: a
 * zone (SOA, NS) for each mail domain and each AutoDiscovery registration's
 * domain; each mail domain's expected {@code _autodiscover._tcp} SRV records;
 * each registration's claim token as a TXT record of its domain; and
 * 127.0.0.1 / ::1 for every host the model names (SRV targets, the
 * Endpoint Management server, the ActiveSync host). A relative SRV target is
 * read as a zone file would read it: relative to its zone.
 *
 * @since 0.1
 */
public final class ModelZones {

    /** The TTL of every record. */
    public static final long TTL = 300;

    private final Map<Name, List<Record>> records;
    private final Set<Name> zones;
    private final List<String> notes;

    private ModelZones(Map<Name, List<Record>> records, Set<Name> zones, List<String> notes) {
        this.records = records;
        this.zones = zones;
        this.notes = List.copyOf(notes);
    }

    /**
     * @param deployment a model
     * @return its expected DNS data
     */
    public static ModelZones of(Deployment deployment) {
        Builder builder = new Builder();
        if (deployment.getExchange() != null) {
            for (MailDomain domain : deployment.getExchange().getMailDomains()) {
                Name zone = builder.zone(domain.getName());
                if (zone == null) {
                    continue;
                }
                for (SrvRecord srv : domain.getExpectedSrvRecords()) {
                    builder.srv(zone, srv);
                }
            }
            builder.host(hostOf(deployment.getExchange().getActiveSyncUrl()));
        }
        if (deployment.getEnrollment() != null) {
            for (AutoDiscoveryRegistration registration : deployment.getEnrollment().getAutoDiscoveryRegistrations()) {
                Name zone = builder.zone(registration.getDomain());
                if (zone != null && registration.getClaimToken() != null && !registration.getClaimToken().isBlank()) {
                    builder.add(new TXTRecord(zone, DClass.IN, TTL, registration.getClaimToken().strip()));
                }
                builder.host(registration.getServerFqdn());
            }
        }
        if (deployment.getServer() != null) {
            builder.host(deployment.getServer().getFqdn());
        }
        return new ModelZones(builder.records, builder.zones, builder.notes);
    }

    /**
     * @param name a name, any case
     * @return every record the name owns
     */
    public List<Record> at(Name name) {
        return records.getOrDefault(name.canonicalize(), List.of());
    }

    /**
     * @param name a name
     * @param type a record type ({@link Type#ANY} for all)
     * @return the records of that type the name owns
     */
    public List<Record> at(Name name, int type) {
        return at(name).stream().filter(record -> type == Type.ANY || record.getType() == type).toList();
    }

    /**
     * @param name a name
     * @return whether it exists: it owns records, or a name below it does (an empty non-terminal)
     */
    public boolean exists(Name name) {
        Name canonical = name.canonicalize();
        return records.keySet().stream().anyMatch(owner -> owner.equals(canonical) || owner.subdomain(canonical));
    }

    /**
     * @param name a name
     * @return the SOA record of the nearest zone that holds it, or {@code null} when none does
     */
    public SOARecord soaFor(Name name) {
        Name canonical = name.canonicalize();
        Name best = null;
        for (Name zone : zones) {
            if (canonical.subdomain(zone) && (best == null || zone.labels() > best.labels())) {
                best = zone;
            }
        }
        return best == null ? null : (SOARecord) at(best, Type.SOA).get(0);
    }

    /** @return the zones served */
    public Set<Name> zones() {
        return Set.copyOf(zones);
    }

    /** @return what the model named but could not be served, one sentence each */
    public List<String> notes() {
        return notes;
    }

    private static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Collects the records while the model is read. */
    private static final class Builder {
        private final Map<Name, List<Record>> records = new LinkedHashMap<>();
        private final Set<Name> zones = new LinkedHashSet<>();
        private final Set<Name> hosts = new LinkedHashSet<>();
        private final List<String> notes = new ArrayList<>();

        Name zone(String domain) {
            Name zone = absolute(domain, Name.root);
            if (zone == null || zone.equals(Name.root)) {
                return null;
            }
            if (zones.add(zone)) {
                try {
                    Name ns = Name.concatenate(Name.fromConstantString("ns"), zone);
                    Name hostmaster = Name.concatenate(Name.fromConstantString("hostmaster"), zone);
                    add(new SOARecord(zone, DClass.IN, TTL, ns, hostmaster, 1, 3600, 600, 86400, TTL));
                    add(new NSRecord(zone, DClass.IN, TTL, ns));
                    host(ns.toString());
                } catch (NameTooLongException e) {
                    notes.add("the zone " + domain + " has a name too long for DNS; it is not served");
                }
            }
            return zone;
        }

        void srv(Name zone, SrvRecord srv) {
            Name owner;
            try {
                owner = Name.concatenate(Name.fromConstantString("_autodiscover._tcp"), zone);
            } catch (NameTooLongException e) {
                return;
            }
            String text = srv.getTarget() == null ? "" : srv.getTarget().strip();
            Name target = text.equals(".") ? Name.root : absolute(text, zone);
            if (target == null) {
                notes.add("the SRV target '" + text + "' of " + zone + " is not a DNS name; the record is not served");
                return;
            }
            add(new SRVRecord(owner, DClass.IN, TTL, srv.getPriority(), srv.getWeight(), srv.getPort(), target));
            if (!target.equals(Name.root)) {
                host(target.toString());
            }
        }

        void host(String name) {
            Name host = absolute(name, Name.root);
            if (host == null || host.equals(Name.root) || !hosts.add(host)) {
                return;
            }
            try {
                add(new ARecord(host, DClass.IN, TTL, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 })));
                add(new AAAARecord(host, DClass.IN, TTL, InetAddress.getByName("::1")));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("loopback addresses are always known", e);
            }
        }

        void add(Record record) {
            records.computeIfAbsent(record.getName().canonicalize(), name -> new ArrayList<>()).add(record);
        }

        /** @return the name, made absolute against the origin when it is relative, or {@code null} */
        private Name absolute(String text, Name origin) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Name.fromString(text.strip(), origin).canonicalize();
            } catch (TextParseException e) {
                notes.add("'" + text + "' is not a DNS name; nothing is served for it");
                return null;
            }
        }
    }
}
