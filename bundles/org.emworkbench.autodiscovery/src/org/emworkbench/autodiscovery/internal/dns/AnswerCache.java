/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The responses of one discovery run, kept as long as their TTLs allow
 * (RFC 1035 §7.4 for records, RFC 2308 §5 for NXDOMAIN and no-data answers:
 * the SOA's TTL capped by its minimum field). Only NOERROR and NXDOMAIN
 * responses are kept; failures are asked again. Responses asked with and
 * without DNSSEC records are kept apart. Thread-safe; callers get copies.
 */
final class AnswerCache {

    /** How many responses a run keeps at most; bulk runs of many thousand domains stay well below. */
    static final int DEFAULT_CAPACITY = 200_000;

    private record Key(Name name, int type, boolean dnssec) {
    }

    private record Entry(Message response, long expiresAt) {
    }

    /**
     * A response from the cache.
     *
     * @param response a copy of it
     * @param left     how long it stays in the cache
     */
    record Hit(Message response, Duration left) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final int capacity;

    /** A cache on the system's monotonic clock with the default capacity. */
    AnswerCache() {
        this(System::nanoTime, DEFAULT_CAPACITY);
    }

    /**
     * @param nanoClock a monotonic clock in nanoseconds
     * @param capacity  how many responses to keep at most
     */
    AnswerCache(LongSupplier nanoClock, int capacity) {
        this.nanoClock = nanoClock;
        this.capacity = capacity;
    }

    /**
     * @param name   the name asked
     * @param type   the type asked
     * @param dnssec whether DNSSEC records were asked for
     * @return the response if one is kept and its TTL has not run out
     */
    Optional<Hit> get(Name name, int type, boolean dnssec) {
        Key key = new Key(name, type, dnssec);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        long left = entry.expiresAt() - nanoClock.getAsLong();
        if (left <= 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(new Hit(entry.response().clone(), Duration.ofNanos(left)));
    }

    /**
     * Keeps a response for its TTL; a TTL of 0, a failure, a negative answer
     * without SOA, or a full cache keeps nothing.
     *
     * @param name     the name asked
     * @param type     the type asked
     * @param dnssec   whether DNSSEC records were asked for
     * @param response the response
     */
    void put(Name name, int type, boolean dnssec, Message response) {
        long ttl = ttlSeconds(response);
        if (ttl <= 0) {
            return;
        }
        if (entries.size() >= capacity) {
            long now = nanoClock.getAsLong();
            entries.values().removeIf(entry -> entry.expiresAt() - now <= 0);
            if (entries.size() >= capacity) {
                return;
            }
        }
        entries.put(new Key(name, type, dnssec),
                new Entry(response.clone(), nanoClock.getAsLong() + Duration.ofSeconds(ttl).toNanos()));
    }

    /** @return how many responses are kept, expired ones included until they are looked at */
    int size() {
        return entries.size();
    }

    /**
     * @param response a response
     * @return how many seconds it may be kept: the smallest TTL of its answer records, or for a
     *         negative answer the SOA's TTL capped by its minimum field; 0 when it may not be kept
     */
    static long ttlSeconds(Message response) {
        int rcode = response.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            return 0;
        }
        var answers = response.getSection(Section.ANSWER);
        // Loops rather than streams: this runs for every answer of a bulk run.
        long shortest = Long.MAX_VALUE;
        if (rcode == Rcode.NOERROR && !answers.isEmpty()) {
            for (Record record : answers) {
                shortest = Math.min(shortest, record.getTTL());
            }
            return shortest;
        }
        for (Record record : response.getSection(Section.AUTHORITY)) {
            if (record.getType() == Type.SOA) {
                shortest = Math.min(shortest, Math.min(record.getTTL(), ((SOARecord) record).getMinimum()));
            }
        }
        return shortest == Long.MAX_VALUE ? 0 : shortest;
    }
}
