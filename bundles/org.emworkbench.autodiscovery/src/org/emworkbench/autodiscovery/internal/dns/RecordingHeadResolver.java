/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TSIG;

/**
 * The resolver beneath dnsjava's {@code ValidatingResolver} for one validated
 * question: every query the validator makes (the question itself, then
 * DNSKEY and DS) goes through our {@link Exchange}, so that it is recorded in
 * the trace, answered from the cache when possible, and retried over TCP or
 * other servers like any other query. Answers are complete when they are
 * returned; nothing runs in the background. Transport settings the validator
 * passes in are ignored: the exchange always asks with DO and CD.
 */
final class RecordingHeadResolver implements Resolver {

    private final Exchange exchange;
    private final TraceScope scope;
    private final IProgressMonitor monitor;
    private final List<Reply> failures = new ArrayList<>();
    private boolean cancelled;

    /**
     * @param exchange how to ask
     * @param scope    where the validator's queries are recorded
     * @param monitor  cancellation
     */
    RecordingHeadResolver(Exchange exchange, TraceScope scope, IProgressMonitor monitor) {
        this.exchange = exchange;
        this.scope = scope;
        this.monitor = monitor;
    }

    @Override
    public CompletionStage<Message> sendAsync(Message query, Executor executor) {
        Record question = query.getQuestion();
        Reply reply;
        try {
            reply = exchange.exchange(question.getName(), question.getType(), true, scope, monitor);
        } catch (OperationCanceledException e) {
            cancelled = true;
            return CompletableFuture.failedFuture(e);
        }
        if (!reply.isAnswered()) {
            failures.add(reply);
            return CompletableFuture.failedFuture(new IOException(reply.reason()));
        }
        Message response = reply.response().clone();
        response.getHeader().setID(query.getHeader().getID());
        return CompletableFuture.completedFuture(response);
    }

    /** @return the queries that got no usable answer, in order */
    List<Reply> failures() {
        return List.copyOf(failures);
    }

    /** @return whether the monitor was cancelled during one of the queries */
    boolean cancelled() {
        return cancelled;
    }

    @Override
    public void setPort(int port) {
        // the exchange knows its servers
    }

    @Override
    public void setTCP(boolean flag) {
        // the exchange chooses: UDP, then TCP after truncation
    }

    @Override
    public void setIgnoreTruncation(boolean flag) {
        // the exchange never uses a truncated answer
    }

    @Override
    public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
        // the exchange always asks with EDNS0 and DO
    }

    @Override
    public void setTSIGKey(TSIG key) {
        // discovery never signs its queries
    }

    @Override
    public void setTimeout(Duration timeout) {
        // the exchange has the run's timeout
    }
}
