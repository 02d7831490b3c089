/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder.Step;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.io.IoClientFactory;

/**
 * Asks the configured servers one question the way a stub resolver does, and
 * records each exchange as a step:
 * <ul>
 * <li>UDP first; a truncated answer (TC) is one step, and the same question
 * over TCP to the same server is the next step;</li>
 * <li>after silence, the same server is asked again, {@code retries} times; then
 * the next server;</li>
 * <li>SERVFAIL, REFUSED or an unreadable answer from a server ends with that
 * server and goes on with the next one.</li>
 * </ul>
 * Only NOERROR and NXDOMAIN count as answers; everything else leaves the
 * truth unknown. Thread-safe: it keeps no state between questions.
 */
final class WireExchange implements Exchange {

    private final List<NameServer> servers;
    private final Duration timeout;
    private final int tries;
    private final IoClientFactory io;

    /**
     * @param servers the servers, in the order they are asked
     * @param timeout how long to wait for one answer
     * @param retries how often to ask a silent server again
     * @param udp     how UDP queries travel; TCP uses dnsjava's own client
     */
    WireExchange(List<NameServer> servers, Duration timeout, int retries, UdpMultiplexer udp) {
        this.servers = List.copyOf(servers);
        this.timeout = timeout;
        this.tries = retries + 1;
        this.io = udp.withDnsjavaTcp();
    }

    @Override
    public Reply exchange(Name name, int type, boolean dnssec, TraceScope scope, IProgressMonitor monitor) {
        if (servers.isEmpty()) {
            scope.begin(StepKind.DNS, AnswerText.question(name, type)).finish(StepStatus.FAILED,
                    "no DNS server configured");
            return Reply.failed(LookupStatus.FAILED, "no DNS server is configured");
        }
        List<String> reasons = new ArrayList<>();
        LookupStatus failure = LookupStatus.TIMEOUT;
        for (NameServer server : servers) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Reply reply = ask(server, name, type, dnssec, scope, monitor);
            if (reply.isAnswered()) {
                return reply;
            }
            reasons.add(reply.reason());
            if (reply.failure() == LookupStatus.FAILED) {
                failure = LookupStatus.FAILED;
            }
        }
        return Reply.failed(failure, String.join("; ", reasons));
    }

    private Reply ask(NameServer server, Name name, int type, boolean dnssec, TraceScope scope,
            IProgressMonitor monitor) {
        Step udp = scope.begin(StepKind.DNS, AnswerText.title(name, type, server, false));
        InetSocketAddress address;
        try {
            address = server.socketAddress();
        } catch (UnknownHostException e) {
            udp.finish(StepStatus.FAILED, "the DNS server's name does not resolve");
            return Reply.failed(LookupStatus.FAILED, "the DNS server name " + server.host() + " does not resolve");
        }
        String lastProblem = "";
        for (int attempt = 1; attempt <= tries; attempt++) {
            if (monitor.isCanceled()) {
                udp.finish(StepStatus.SKIPPED, "cancelled");
                throw new OperationCanceledException();
            }
            Attempt sent = sendRecording(udp, address, name, type, dnssec, false, monitor);
            if (sent.silent()) {
                lastProblem = sent.problem();
                udp.detail("try " + attempt + " of " + tries + ": "
                        + (lastProblem.isEmpty() ? "no answer in " + AnswerText.duration(timeout) : lastProblem));
                continue;
            }
            if (!sent.answered()) {
                return unusable(udp, server, sent.problem());
            }
            if (sent.response().getHeader().getFlag(Flags.TC)) {
                udp.detail(AnswerText.header(sent.response()));
                udp.finish(StepStatus.UNKNOWN, "UDP: truncated (TC), asking again over TCP");
                return overTcp(server, address, name, type, dnssec, scope, monitor);
            }
            return answered(udp, server, sent.response(), type);
        }
        String outcome = "timeout after " + AnswerText.duration(timeout) + " (" + tries + (tries == 1 ? " try)" : " tries)");
        udp.finish(StepStatus.UNKNOWN, lastProblem.isEmpty() ? outcome : outcome + ": " + lastProblem);
        return Reply.failed(LookupStatus.TIMEOUT, "no answer from " + server + " (" + outcome + ")");
    }

    private Reply overTcp(NameServer server, InetSocketAddress address, Name name, int type, boolean dnssec,
            TraceScope scope, IProgressMonitor monitor) {
        Step tcp = scope.begin(StepKind.DNS, AnswerText.title(name, type, server, true));
        Attempt sent = sendRecording(tcp, address, name, type, dnssec, true, monitor);
        if (sent.silent()) {
            String outcome = sent.problem().isEmpty() ? "timeout after " + AnswerText.duration(timeout) : sent.problem();
            tcp.finish(StepStatus.UNKNOWN, outcome);
            return Reply.failed(LookupStatus.TIMEOUT, "no answer over TCP from " + server + " (" + outcome + ")");
        }
        if (!sent.answered()) {
            return unusable(tcp, server, sent.problem());
        }
        return answered(tcp, server, sent.response(), type);
    }

    private Attempt sendRecording(Step step, InetSocketAddress address, Name name, int type, boolean dnssec,
            boolean tcp, IProgressMonitor monitor) {
        try {
            return Attempt.send(address, name, type, dnssec, tcp, timeout, io, monitor);
        } catch (OperationCanceledException e) {
            step.finish(StepStatus.SKIPPED, "cancelled");
            throw e;
        }
    }

    private static Reply unusable(Step step, NameServer server, String problem) {
        step.finish(StepStatus.FAILED, problem);
        return Reply.failed(LookupStatus.FAILED, problem + " from " + server);
    }

    private static Reply answered(Step step, NameServer server, Message response, int type) {
        step.detailsWhenRead(() -> AnswerText.details(response));
        step.finish(AnswerText.status(response), AnswerText.outcome(response, type));
        int rcode = response.getRcode();
        if (rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN) {
            return Reply.answered(response);
        }
        return Reply.failed(LookupStatus.FAILED, Rcode.string(rcode) + " from " + server);
    }
}
