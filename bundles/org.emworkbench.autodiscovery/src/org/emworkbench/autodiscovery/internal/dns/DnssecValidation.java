/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder.Step;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * Asks questions through dnsjava's {@link ValidatingResolver}, which checks
 * the answer's signatures up to the configured trust anchors. Each question is
 * one step whose children are the queries the validator made (the question,
 * then DNSKEY and DS records); its outcome is the DNSSEC state:
 * <ul>
 * <li>SECURE: the validator set the AD flag;</li>
 * <li>INSECURE: no signature chain from an anchor covers the name (a name outside
 * every anchor, or a provably unsigned delegation);</li>
 * <li>BOGUS: the validator rejected the answer (it turns it into SERVFAIL and
 * gives the reason in a TXT record of class {@value ValidatingResolver#VALIDATION_REASON_QCLASS},
 * which is kept for the trace). When one of the validator's own queries went
 * unanswered, the failure is that query's, unknown rather than bogus.</li>
 * </ul>
 * A validating resolver is made per question so that its queries land in
 * that question's step; DNSKEY and DS answers are still shared through the
 * answer cache of the exchange.
 */
final class DnssecValidation implements Question {

    private final TrustAnchors anchors;
    private final Exchange exchange;
    private final Duration bound;

    /**
     * @param anchors  the trust anchors
     * @param exchange how the validator's queries are asked
     * @param bound    how long one validation may take at most, all its queries included
     */
    DnssecValidation(TrustAnchors anchors, Exchange exchange, Duration bound) {
        this.anchors = anchors;
        this.exchange = exchange;
        this.bound = bound;
    }

    @Override
    public Checked ask(Name name, int type, TraceScope scope, IProgressMonitor monitor) {
        Step step = scope.begin(StepKind.DNS, AnswerText.question(name, type) + ", validated with DNSSEC");
        step.detail("trust anchors: " + String.join(", ", anchors.describe()));
        RecordingHeadResolver head = new RecordingHeadResolver(exchange, step, monitor);
        ValidatingResolver validator = new ValidatingResolver(head);
        try {
            anchors.loadInto(validator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        CompletableFuture<Message> answer = validator.sendAsync(query, Runnable::run).toCompletableFuture();
        Message validated;
        try {
            validated = answer.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            step.finish(StepStatus.SKIPPED, "cancelled");
            throw new OperationCanceledException();
        } catch (ExecutionException | TimeoutException e) {
            rethrowCancellation(step, head);
            return unknown(step, head.failures(), e);
        }
        rethrowCancellation(step, head);
        return judge(step, validated, head.failures(), type);
    }

    private static void rethrowCancellation(Step step, RecordingHeadResolver head) {
        if (head.cancelled()) {
            step.finish(StepStatus.SKIPPED, "cancelled");
            throw new OperationCanceledException();
        }
    }

    private Checked judge(Step step, Message validated, List<Reply> failures, int type) {
        String reason = removeReason(validated);
        if (validated.getRcode() == Rcode.SERVFAIL) {
            if (!failures.isEmpty()) {
                return unknown(step, failures, null);
            }
            String why = reason.isEmpty() ? "the validator rejected the answer" : reason;
            step.detail("validation failed: " + why);
            step.finish(StepStatus.FAILED, "BOGUS: " + why);
            return new Checked(Reply.failed(LookupStatus.BOGUS, why), DnssecStatus.BOGUS);
        }
        DnssecStatus status = validated.getHeader().getFlag(Flags.AD) ? DnssecStatus.SECURE : DnssecStatus.INSECURE;
        AnswerText.details(validated).forEach(step::detail);
        if (!reason.isEmpty()) {
            step.detail("validator: " + reason);
        }
        step.finish(AnswerText.status(validated), status + ", " + AnswerText.outcome(validated, type));
        int rcode = validated.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            return new Checked(Reply.failed(LookupStatus.FAILED, Rcode.string(rcode) + " after validation"), status);
        }
        return new Checked(Reply.answered(validated), status);
    }

    private Checked unknown(Step step, List<Reply> failures, Exception error) {
        if (failures.isEmpty()) {
            String why = error instanceof TimeoutException
                    ? "validation took longer than " + AnswerText.duration(bound)
                    : "validation failed: " + (error == null || error.getCause() == null ? error : error.getCause());
            step.finish(StepStatus.FAILED, why);
            return new Checked(Reply.failed(LookupStatus.FAILED, why), DnssecStatus.UNCHECKED);
        }
        Reply first = failures.get(0);
        LookupStatus status = failures.stream().anyMatch(reply -> reply.failure() == LookupStatus.FAILED)
                ? LookupStatus.FAILED : LookupStatus.TIMEOUT;
        String why = failures.stream().map(Reply::reason).collect(Collectors.joining("; "));
        step.finish(StepStatus.UNKNOWN, "not validated: " + first.reason());
        return new Checked(Reply.failed(status, why), DnssecStatus.UNCHECKED);
    }

    /** The validator's reason travels as a TXT record of a private class; it is no part of the answer. */
    private static String removeReason(Message validated) {
        StringBuilder reason = new StringBuilder();
        List<Record> reasons = validated.getSection(Section.ADDITIONAL).stream()
                .filter(record -> record.getType() == Type.TXT
                        && record.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS)
                .toList();
        for (Record record : reasons) {
            ((TXTRecord) record).getStrings().forEach(reason::append);
            validated.removeRecord(record, Section.ADDITIONAL);
        }
        return reason.toString();
    }
}
