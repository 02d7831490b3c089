/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.PublicSuffixes;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

import com.google.common.net.InetAddresses;

/**
 * Where a name leads: the aliases (CNAME records) from it to the host at the
 * end, and that host's addresses, found the way a stub resolver finds them. An
 * authoritative server gives up at an alias into a zone it does not serve, so
 * the walk asks again for the alias's target until it reaches addresses, a
 * name that does not exist, a loop, or {@value #MAX_NAMES} names.
 * <p>
 * One chain is made for one lookup and is not shared between threads.
 */
final class AliasChain {

    /** How the walk ended. */
    enum Ending {
        /** The last name has addresses. */
        ADDRESSES,
        /** The last name does not exist, or has no address record. */
        NOTHING,
        /** An alias leads back to a name of the chain, or the chain is too long to be meant. */
        LOOP,
        /** An alias leads to {@code autodiscover.<public suffix>}, which is not asked. */
        PUBLIC_SUFFIX,
        /** A query got no usable answer. */
        UNANSWERED
    }

    /** More names than this in one chain is treated as a loop; resolvers give up at about the same length. */
    static final int MAX_NAMES = 10;

    private final List<Name> names = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private Ending ending = Ending.NOTHING;
    private boolean missing;
    private String unanswered = "";

    private AliasChain(List<Name> start) {
        names.addAll(start);
    }

    /**
     * Follows the chain from its last name to the addresses (A, then AAAA).
     *
     * @param start   the names known so far, the first one being the name looked up
     * @param dns     the run's servers
     * @param scope   where the queries go
     * @param monitor cancellation
     * @return the chain
     */
    static AliasChain follow(List<Name> start, ConfiguredDns dns, TraceScope scope, IProgressMonitor monitor) {
        AliasChain chain = new AliasChain(start);
        if (isPublicSuffixName(chain.last())) {
            chain.ending = Ending.PUBLIC_SUFFIX;
            return chain;
        }
        for (int type : new int[] { Type.A, Type.AAAA }) {
            Ending ending = chain.walk(type, dns, scope, monitor);
            if (ending == Ending.LOOP || ending == Ending.PUBLIC_SUFFIX) {
                chain.ending = ending;
                return chain;
            }
            if (ending == Ending.UNANSWERED) {
                chain.ending = Ending.UNANSWERED;
            }
            if (chain.missing) {
                break; // a name that does not exist has no AAAA record either
            }
        }
        if (!chain.addresses.isEmpty()) {
            chain.ending = Ending.ADDRESSES;
        }
        return chain;
    }

    private Ending walk(int type, ConfiguredDns dns, TraceScope scope, IProgressMonitor monitor) {
        while (true) {
            Name asked = last();
            DnsReply reply = dns.ask(asked, type, scope, monitor);
            // Aliases first, even in a failed answer: a server that finds a loop says SERVFAIL and shows it.
            for (Optional<Name> next = aliasOf(reply, last()); next.isPresent(); next = aliasOf(reply, last())) {
                if (names.contains(next.get()) || names.size() >= MAX_NAMES) {
                    names.add(next.get());
                    return Ending.LOOP;
                }
                names.add(next.get());
                if (isPublicSuffixName(next.get())) {
                    return Ending.PUBLIC_SUFFIX;
                }
            }
            if (!reply.answered()) {
                unanswered = reply.reason();
                return Ending.UNANSWERED;
            }
            int before = addresses.size();
            for (Record record : reply.answers()) {
                if (record.getName().equals(last()) && record.getType() == type) {
                    addresses.add(InetAddresses.toAddrString(address(record)));
                }
            }
            if (addresses.size() > before) {
                return Ending.ADDRESSES;
            }
            if (reply.nameMissing()) {
                missing = true;
                return Ending.NOTHING;
            }
            if (last().equals(asked)) {
                return Ending.NOTHING;
            }
            // The server stopped at an alias into a zone it does not serve: ask for the alias's target.
        }
    }

    /**
     * @param reply an answer
     * @param name  a name
     * @return the target of the CNAME record of the name in the answer, if it has one
     */
    static Optional<Name> aliasOf(DnsReply reply, Name name) {
        return reply.answers().stream().filter(record -> record.getName().equals(name))
                .filter(CNAMERecord.class::isInstance).map(record -> ((CNAMERecord) record).getTarget()).findFirst();
    }

    private static InetAddress address(Record record) {
        return record instanceof ARecord a ? a.getAddress() : ((AAAARecord) record).getAddress();
    }

    private static boolean isPublicSuffixName(Name name) {
        return PublicSuffixes.isAutodiscoverAtPublicSuffix(name.toString(true));
    }


    /** @return the names from the one looked up to the last one reached */
    List<Name> names() {
        return List.copyOf(names);
    }

    /** @return the last name reached */
    Name last() {
        return names.get(names.size() - 1);
    }

    /** @return the addresses of the last name, IPv4 first */
    List<String> addresses() {
        return List.copyOf(addresses);
    }

    /** @return how the walk ended */
    Ending ending() {
        return ending;
    }

    /** @return why a query got no answer, when one did not */
    String unanswered() {
        return unanswered;
    }

    /** @return the names joined with arrows, e.g. {@code autodiscover.contoso.com. -> mail.contoso.com.} */
    String describe() {
        return String.join(" -> ", names.stream().map(Name::toString).toList());
    }
}
