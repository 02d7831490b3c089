/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.DiscoverySettings;
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
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;
import org.xbill.DNS.WireParseException;

/**
 * Puts questions to the DNS servers of a discovery run, and only to them: the
 * servers of {@link DiscoverySettings#dnsServers()} in their order (the
 * system's resolvers only when the settings name none), each with the
 * settings' timeout and retries. Every server asked is one trace step with the
 * records it returned; a truncated UDP answer is asked again over TCP, in a
 * step of its own. Holds no state besides the settings, so one instance may
 * serve several threads.
 */
final class ConfiguredDns {

    /** How often a wait for an answer looks at the progress monitor. */
    private static final long POLL_MILLIS = 50;

    private final List<InetSocketAddress> servers;
    private final Duration timeout;
    private final int tries;

    private ConfiguredDns(List<InetSocketAddress> servers, Duration timeout, int tries) {
        this.servers = List.copyOf(servers);
        this.timeout = timeout;
        this.tries = tries;
    }

    /**
     * @param settings the run's settings
     * @return questions to the servers the settings name
     */
    static ConfiguredDns of(DiscoverySettings settings) {
        List<InetSocketAddress> servers = settings.usesSystemResolvers()
                ? ResolverConfig.getCurrentConfig().servers()
                : settings.dnsServers();
        return new ConfiguredDns(servers, settings.dnsTimeout(), settings.dnsRetries() + 1);
    }

    /**
     * Asks the servers one after the other until one gives a definite answer.
     * A server that stays silent, fails (SERVFAIL, REFUSED) or sends something
     * unreadable is recorded as such and the next one is asked.
     *
     * @param name    the name asked
     * @param type    the type asked, e.g. {@link Type#CNAME}
     * @param scope   where the steps go
     * @param monitor cancellation, looked at before each try and while waiting
     * @return the first definite answer, or why there is none
     * @throws OperationCanceledException when the monitor is cancelled
     */
    DnsReply ask(Name name, int type, TraceScope scope, IProgressMonitor monitor) {
        if (servers.isEmpty()) {
            scope.begin(StepKind.DNS, question(name, type)).finish(StepStatus.UNKNOWN, "no DNS server to ask");
            return new DnsReply(null, false, "no DNS server is configured");
        }
        List<String> reasons = new ArrayList<>();
        Message lastFailure = null;
        for (InetSocketAddress server : servers) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            DnsReply reply = askOne(server, name, type, scope, monitor);
            if (reply.answered()) {
                return reply;
            }
            reasons.add(reply.reason());
            lastFailure = reply.message() == null ? lastFailure : reply.message();
        }
        return new DnsReply(lastFailure, false, String.join("; ", reasons));
    }

    private DnsReply askOne(InetSocketAddress server, Name name, int type, TraceScope scope,
            IProgressMonitor monitor) {
        String host = server.getHostString();
        String where = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.getPort();
        Step step = scope.begin(StepKind.DNS, question(name, type) + " @" + where + " (UDP)");
        InetSocketAddress address;
        try {
            // An address literal is taken as it is; only a server given by name is looked up (by the system).
            address = new InetSocketAddress(InetAddress.getByName(server.getHostString()), server.getPort());
        } catch (UnknownHostException e) {
            step.finish(StepStatus.UNKNOWN, "the server's name " + server.getHostString() + " does not resolve");
            return new DnsReply(null, false, where + " does not resolve");
        }
        for (int attempt = 1; attempt <= tries; attempt++) {
            Message response;
            try {
                response = send(address, name, type, false, monitor);
            } catch (OperationCanceledException e) {
                step.finish(StepStatus.SKIPPED, "cancelled");
                throw e;
            } catch (IOException e) {
                step.detail("try " + attempt + " of " + tries + ": " + describe(e));
                if (e instanceof WireParseException) {
                    step.finish(StepStatus.UNKNOWN, "unreadable answer");
                    return new DnsReply(null, false, "unreadable answer from " + where);
                }
                continue;
            }
            if (response.getHeader().getFlag(Flags.TC)) {
                step.finish(StepStatus.UNKNOWN, "truncated over UDP; asking again over TCP");
                return overTcp(address, where, name, type, scope, monitor);
            }
            return recorded(step, where, response, type);
        }
        String outcome = "no answer in " + timeout.toMillis() + " ms (" + tries + (tries == 1 ? " try)" : " tries)");
        step.finish(StepStatus.UNKNOWN, outcome);
        return new DnsReply(null, false, where + ": " + outcome);
    }

    private DnsReply overTcp(InetSocketAddress address, String where, Name name, int type, TraceScope scope,
            IProgressMonitor monitor) {
        Step step = scope.begin(StepKind.DNS, question(name, type) + " @" + where + " (TCP)");
        try {
            return recorded(step, where, send(address, name, type, true, monitor), type);
        } catch (OperationCanceledException e) {
            step.finish(StepStatus.SKIPPED, "cancelled");
            throw e;
        } catch (IOException e) {
            step.finish(StepStatus.UNKNOWN, describe(e));
            return new DnsReply(null, false, where + " over TCP: " + describe(e));
        }
    }

    /** Writes the answer into the step and decides whether it is definite. */
    private static DnsReply recorded(Step step, String where, Message response, int type) {
        int rcode = response.getRcode();
        for (Record record : response.getSection(Section.ANSWER)) {
            step.detail(record.toString().replace('\t', ' '));
        }
        if (rcode == Rcode.NXDOMAIN) {
            step.finish(StepStatus.ABSENT, "NXDOMAIN: the name does not exist");
            return new DnsReply(response, true, "");
        }
        if (rcode != Rcode.NOERROR) {
            // SERVFAIL, REFUSED and the like say nothing about the name: unknown, and the next server may know.
            step.finish(StepStatus.UNKNOWN, Rcode.string(rcode) + " from " + where);
            return new DnsReply(response, false, Rcode.string(rcode) + " from " + where);
        }
        List<Record> answers = response.getSection(Section.ANSWER);
        if (answers.isEmpty()) {
            step.finish(StepStatus.ABSENT, "NOERROR, no " + Type.string(type) + " record");
        } else {
            step.finish(StepStatus.OK, "NOERROR, " + answers.size() + (answers.size() == 1 ? " record" : " records"));
        }
        return new DnsReply(response, true, "");
    }

    /**
     * Sends one query and waits at most the timeout for its answer, looking at
     * the monitor meanwhile.
     *
     * @throws IOException when nothing usable came back in time
     */
    private Message send(InetSocketAddress address, Name name, int type, boolean tcp, IProgressMonitor monitor)
            throws IOException {
        SimpleResolver resolver = new SimpleResolver(address);
        resolver.setTimeout(timeout);
        resolver.setTCP(tcp);
        // Truncation is handled above, so that the TCP query is a step of its own.
        resolver.setIgnoreTruncation(true);
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        CompletableFuture<Message> answer = resolver.sendAsync(query).toCompletableFuture();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no answer in " + timeout.toMillis() + " ms");
                }
                try {
                    return answer.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // not yet: look at the monitor again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(describe(e.getCause()), e.getCause());
        } finally {
            answer.cancel(true);
        }
    }

    private static String question(Name name, int type) {
        return Type.string(type) + " " + name.toString(true);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
