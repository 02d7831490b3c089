/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Resolves a name to records of one type the way a stub resolver does:
 * CNAMEs are followed inside an answer, and the last name of a chain is asked
 * again when the answer stops short of its records. At most
 * {@value #MAX_CNAMES} CNAMEs are followed; a name met twice is a loop. Both
 * end the lookup as {@link LookupStatus#FAILED}: the answer is broken, not
 * absent. When a CNAME was followed, a check step shows the chain.
 */
final class CnameResolution {

    /** How many CNAMEs one lookup follows at most, as common stub resolvers do. */
    static final int MAX_CNAMES = 8;

    /**
     * A finished lookup.
     *
     * @param status  how it ended
     * @param records the records of the asked type at the end of the chain; empty unless FOUND
     * @param dnssec  the weakest DNSSEC state along the chain
     * @param chain   the names from the asked one to the last one (empty when nothing could be asked)
     * @param detail  what went wrong, for people, or empty
     */
    record Resolved(LookupStatus status, List<Record> records, DnssecStatus dnssec, List<Name> chain, String detail) {

        /** Copies the lists. */
        Resolved {
            records = List.copyOf(records);
            chain = List.copyOf(chain);
        }
    }

    private final Question question;

    /** @param question how each name of the chain is asked */
    CnameResolution(Question question) {
        this.question = question;
    }

    /**
     * @param name    the name
     * @param type    the record type
     * @param scope   where the steps go
     * @param monitor cancellation
     * @return the lookup's end
     */
    Resolved resolve(Name name, int type, TraceScope scope, IProgressMonitor monitor) {
        Chain chain = new Chain(name);
        DnssecStatus dnssec = null;
        while (true) {
            Name asked = chain.last();
            Question.Checked checked = question.ask(asked, type, scope, monitor);
            dnssec = weaker(dnssec, checked.dnssec());
            Reply reply = checked.reply();
            if (!reply.isAnswered()) {
                return chain.end(scope, reply.failure(), List.of(), dnssec, reply.reason());
            }
            Message response = reply.response();
            while (true) {
                List<Record> records = answers(response, chain.last(), type);
                if (!records.isEmpty()) {
                    return chain.end(scope, LookupStatus.FOUND, records, dnssec, "");
                }
                Optional<Name> target = cnameTarget(response, chain.last());
                if (target.isEmpty() || type == Type.CNAME) {
                    break;
                }
                String broken = chain.follow(target.get());
                if (!broken.isEmpty()) {
                    return chain.end(scope, LookupStatus.FAILED, List.of(), dnssec, broken);
                }
            }
            if (chain.last().equals(asked) || response.getRcode() == Rcode.NXDOMAIN) {
                // RFC 6604: the rcode speaks of the last name of the chain.
                LookupStatus status = response.getRcode() == Rcode.NXDOMAIN ? LookupStatus.NX_DOMAIN
                        : LookupStatus.NO_DATA;
                return chain.end(scope, status, List.of(), dnssec, "");
            }
        }
    }

    private static List<Record> answers(Message response, Name owner, int type) {
        List<Record> answers = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record.getType() == type && record.getName().equals(owner)) {
                answers.add(record);
            }
        }
        return Collections.unmodifiableList(answers);
    }

    private static Optional<Name> cnameTarget(Message response, Name owner) {
        return response.getSection(Section.ANSWER).stream()
                .filter(record -> record.getType() == Type.CNAME && record.getName().equals(owner))
                .map(record -> ((CNAMERecord) record).getTarget()).findFirst();
    }

    /** Broken and unchecked answers are the weakest, then insecure ones; a chain is as strong as its weakest link. */
    private static DnssecStatus weaker(DnssecStatus first, DnssecStatus second) {
        if (first == null) {
            return second;
        }
        List<DnssecStatus> order = List.of(DnssecStatus.BOGUS, DnssecStatus.UNCHECKED, DnssecStatus.INSECURE,
                DnssecStatus.SECURE);
        return order.indexOf(first) <= order.indexOf(second) ? first : second;
    }

    /** The names met so far. */
    private static final class Chain {

        private final List<Name> names = new ArrayList<>();
        private final Set<Name> seen = new HashSet<>();
        private String broken = "";

        Chain(Name start) {
            names.add(start);
            seen.add(start);
        }

        Name last() {
            return names.get(names.size() - 1);
        }

        /** @return empty when the target was added, else why the chain is broken */
        String follow(Name target) {
            names.add(target);
            if (!seen.add(target)) {
                broken = "CNAME loop: " + text();
            } else if (names.size() - 1 > MAX_CNAMES) {
                broken = "more than " + MAX_CNAMES + " CNAMEs: " + text();
            }
            return broken;
        }

        Resolved end(TraceScope scope, LookupStatus status, List<Record> records, DnssecStatus dnssec,
                String detail) {
            if (names.size() > 1) {
                scope.begin(StepKind.CHECK, "CNAME chain of " + AnswerText.withoutDot(names.get(0)))
                        .detail(text())
                        .finish(broken.isEmpty() ? StepStatus.OK : StepStatus.FAILED,
                                !broken.isEmpty() ? broken : (names.size() - 1) + (names.size() == 2 ? " CNAME" : " CNAMEs")
                                        + ", ends at " + AnswerText.withoutDot(last()));
            }
            return new Resolved(status, records, dnssec == null ? DnssecStatus.UNCHECKED : dnssec, names, detail);
        }

        private String text() {
            return names.stream().map(AnswerText::withoutDot).collect(Collectors.joining(" → "));
        }
    }
}
