/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.WireParseException;
import org.xbill.DNS.io.IoClientFactory;

/**
 * One query sent once to one server over one transport, and what came back.
 * Truncation is never handled here: a truncated UDP answer is returned as it
 * is, so that the caller can record it before it asks again over TCP.
 *
 * @param response the response, or {@code null}
 * @param silent   whether nothing came back in time (or the server could not be reached)
 * @param problem  what was wrong when something unusable came back or the network failed; empty otherwise
 */
record Attempt(Message response, boolean silent, String problem) {

    /** EDNS payload size of the 2020 DNS flag day: large answers go over TCP rather than as IP fragments. */
    static final int UDP_PAYLOAD = 1232;

    private static final long POLL_MILLIS = 50;

    /**
     * Sends the query and waits for the answer, at most {@code timeout}, checking
     * the monitor while it waits.
     *
     * @param server  where to send it
     * @param name    the name asked
     * @param type    the type asked
     * @param dnssec  whether to ask for DNSSEC records (DO) and leave checking to us (CD)
     * @param tcp     whether to use TCP
     * @param timeout how long to wait
     * @param io      the transports
     * @param monitor cancellation
     * @return what came back
     * @throws OperationCanceledException when the monitor is cancelled while waiting
     */
    static Attempt send(InetSocketAddress server, Name name, int type, boolean dnssec, boolean tcp, Duration timeout,
            IoClientFactory io, IProgressMonitor monitor) {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setIoClientFactory(io);
        resolver.setTimeout(timeout);
        resolver.setTCP(tcp);
        resolver.setIgnoreTruncation(true);
        resolver.setEDNS(0, UDP_PAYLOAD, dnssec ? ExtendedFlags.DO : 0, List.of());
        // Not Message.newQuery: its id comes from a SecureRandom that reads the kernel's pool for every query.
        Message query = new Message(QueryIds.next());
        query.getHeader().setFlag(Flags.RD);
        query.addRecord(Record.newRecord(name, type, DClass.IN), Section.QUESTION);
        if (dnssec) {
            query.getHeader().setFlag(Flags.CD);
        }
        // The answer is parsed on dnsjava's selector thread; it is small work and keeps the common pool free.
        CompletableFuture<Message> answer = resolver.sendAsync(query, Runnable::run).toCompletableFuture();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (monitor.isCanceled()) {
                answer.cancel(true);
                throw new OperationCanceledException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                answer.cancel(true);
                return new Attempt(null, true, "");
            }
            try {
                return new Attempt(answer.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                        TimeUnit.NANOSECONDS), false, "");
            } catch (TimeoutException e) {
                // keep waiting until the deadline, looking at the monitor in between
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer.cancel(true);
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                return failure(e.getCause());
            }
        }
    }

    private static Attempt failure(Throwable cause) {
        if (cause instanceof SocketTimeoutException) {
            return new Attempt(null, true, "");
        }
        if (cause instanceof WireParseException) {
            return new Attempt(null, false, "unusable answer: " + cause.getMessage());
        }
        if (cause instanceof IOException) {
            // ICMP port unreachable, connection refused: nobody answered.
            return new Attempt(null, true, describe(cause));
        }
        return new Attempt(null, false, "unusable answer: " + describe(cause));
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** @return whether a response came back */
    boolean answered() {
        return response != null;
    }
}
