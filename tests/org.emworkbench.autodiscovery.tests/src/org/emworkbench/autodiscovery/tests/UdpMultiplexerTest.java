/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.autodiscovery.internal.dns.DnsClient;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;
import org.emworkbench.autodiscovery.internal.dns.SrvAnswer;
import org.emworkbench.autodiscovery.internal.dns.UdpMultiplexer;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder.Behaviour;
import org.emworkbench.autodiscovery.tests.servers.Loopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * The UDP transport the DNS client uses, through dnsjava's resolver as the
 * client uses it, against an in-process responder: many queries at once over
 * a few sockets, spoofs, late answers, and the sockets and thread released.
 */
class UdpMultiplexerTest {

    private static final int QUERIES = 400;
    private static final int IN_FLIGHT = 100;

    private FaultyDnsResponder responder;
    private UdpMultiplexer udp;

    @BeforeEach
    void start() throws IOException {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < QUERIES; i++) {
            records.append("_autodiscover._tcp.d").append(i).append(".mux.test. 300 IN SRV 0 0 ").append(1000 + i)
                    .append(" mail").append(i).append(".mux.test.\n");
        }
        responder = FaultyDnsResponder.start().records(records.toString());
        udp = new UdpMultiplexer();
    }

    @AfterEach
    void stop() {
        udp.close();
        responder.close();
    }

    private SimpleResolver resolver(Duration timeout) {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(Loopback.IPV4, responder.port()));
        resolver.setTimeout(timeout);
        resolver.setIoClientFactory(udp.withDnsjavaTcp());
        return resolver;
    }

    private static Message srvQuery(int domain) {
        return Message.newQuery(Record.newRecord(name(domain), Type.SRV, DClass.IN));
    }

    private static Name name(int domain) {
        return Name.fromConstantString("_autodiscover._tcp.d" + domain + ".mux.test.");
    }

    private static Message await(CompletableFuture<Message> answer) throws Exception {
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void hundredsOfQueriesAtOnceAreEachAnsweredWithTheirOwnAnswerOverFewSockets() throws Exception {
        SimpleResolver resolver = resolver(Duration.ofSeconds(5));
        List<Message> queries = new ArrayList<>();
        List<CompletableFuture<Message>> answers = new ArrayList<>();
        // A window of in-flight queries: the responder's one thread and socket buffer drop bigger bursts.
        Semaphore window = new Semaphore(IN_FLIGHT);
        for (int i = 0; i < QUERIES; i++) {
            Message query = srvQuery(i);
            queries.add(query);
            window.acquire();
            answers.add(resolver.sendAsync(query, Runnable::run).toCompletableFuture()
                    .whenComplete((answer, failure) -> window.release()));
        }
        assertTrue(udp.openSockets() <= UdpMultiplexer.LANES, "sockets: " + udp.openSockets());
        for (int i = 0; i < QUERIES; i++) {
            Message answer = await(answers.get(i));
            assertEquals(queries.get(i).getHeader().getID(), answer.getHeader().getID(), "the caller's id comes back");
            assertEquals(name(i), answer.getQuestion().getName());
            SRVRecord record = (SRVRecord) answer.getSection(Section.ANSWER).get(0);
            assertEquals(1000 + i, record.getPort(), answer.toString());
        }
        assertEquals(QUERIES, responder.received().size(), "each asked once");
        assertEquals(QUERIES, responder.received().stream().map(q -> q.name()).distinct().count());
    }

    @Test
    void theIdsOnTheWireAreRandomAndNotTheCallers() throws Exception {
        SimpleResolver resolver = resolver(Duration.ofSeconds(5));
        List<CompletableFuture<Message>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Message query = srvQuery(i);
            query.getHeader().setID(7); // one id for all of them: the transport must tell them apart anyway
            answers.add(resolver.sendAsync(query, Runnable::run).toCompletableFuture());
        }
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(name(i), await(answers.get(i)).getQuestion().getName());
        }
        long distinct = responder.received().stream().mapToInt(FaultyDnsResponder.Received::id).distinct().count();
        assertTrue(distinct > 50, "ids on the wire: " + distinct + " distinct of 64");
    }

    @Test
    void aSpoofWithTheRightIdButAnotherQuestionIsIgnoredAndTheRealAnswerTaken() throws Exception {
        responder.behave(name(3).toString(), Behaviour.SPOOF_THEN_ANSWER);
        Message answer = await(resolver(Duration.ofSeconds(2)).sendAsync(srvQuery(3), Runnable::run)
                .toCompletableFuture());
        assertEquals(name(3), answer.getQuestion().getName());
        assertEquals(1003, ((SRVRecord) answer.getSection(Section.ANSWER).get(0)).getPort());
    }

    @Test
    void aSpoofAloneIsNoAnswer() {
        responder.behave(name(4).toString(), Behaviour.SPOOF);
        CompletableFuture<Message> answer = resolver(Duration.ofMillis(300)).sendAsync(srvQuery(4), Runnable::run)
                .toCompletableFuture();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
        assertInstanceOf(SocketTimeoutException.class, failure.getCause());
    }

    @Test
    void aLateAnswerAfterTheTimeoutIsIgnoredAndDoesNotSpoilTheNextTry() throws Exception {
        responder.behave(name(5).toString(), Behaviour.LATE).lateBy(Duration.ofMillis(400));
        SimpleResolver resolver = resolver(Duration.ofMillis(200));
        CompletableFuture<Message> first = resolver.sendAsync(srvQuery(5), Runnable::run).toCompletableFuture();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
        assertInstanceOf(SocketTimeoutException.class, failure.getCause());
        // The second try waits long enough for its own answer; the first try's late answer comes meanwhile.
        resolver.setTimeout(Duration.ofSeconds(3));
        Message query = srvQuery(5);
        Message second = await(resolver.sendAsync(query, Runnable::run).toCompletableFuture());
        assertEquals(query.getHeader().getID(), second.getHeader().getID());
        assertEquals(1005, ((SRVRecord) second.getSection(Section.ANSWER).get(0)).getPort());
    }

    @Test
    void closeEndsWaitingQueriesReleasesTheSocketsAndStopsTheThread() throws Exception {
        responder.behave(name(6).toString(), Behaviour.SILENCE);
        SimpleResolver resolver = resolver(Duration.ofSeconds(30));
        await(resolver.sendAsync(srvQuery(1), Runnable::run).toCompletableFuture());
        CompletableFuture<Message> waiting = resolver.sendAsync(srvQuery(6), Runnable::run).toCompletableFuture();
        assertTrue(udp.receiving());
        assertEquals(UdpMultiplexer.LANES, udp.openSockets());
        udp.close();
        assertFalse(udp.receiving(), "the thread has stopped");
        assertEquals(0, udp.openSockets());
        ExecutionException failure = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failure.getCause());
        CompletableFuture<Message> after = resolver.sendAsync(srvQuery(2), Runnable::run).toCompletableFuture();
        assertThrows(ExecutionException.class, () -> after.get(5, TimeUnit.SECONDS));
        assertFalse(udp.receiving(), "a query after close starts nothing");
    }

    @Test
    void withoutQueriesTheSocketsCloseByThemselvesAndOpenAgainWhenNeeded() throws Exception {
        try (UdpMultiplexer idle = new UdpMultiplexer(Duration.ofMillis(200))) {
            udp.close();
            udp = idle;
            SimpleResolver resolver = resolver(Duration.ofSeconds(2));
            await(resolver.sendAsync(srvQuery(1), Runnable::run).toCompletableFuture());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (idle.receiving() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(idle.receiving(), "the thread stops when idle");
            assertEquals(0, idle.openSockets());
            Message again = await(resolver.sendAsync(srvQuery(2), Runnable::run).toCompletableFuture());
            assertEquals(name(2), again.getQuestion().getName());
        }
    }

    @Test
    void aLateAnswerToTheFirstTryDoesNotTurnTheSecondIntoAFailure() {
        responder.behave(name(7).toString(), Behaviour.LATE).lateBy(Duration.ofMillis(450));
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer answer;
        try (DnsLookups client = DnsClient.create(responder.settings(Duration.ofMillis(300), 1))) {
            answer = client.autodiscoverSrv("d7.mux.test", trace, new NullProgressMonitor());
        }
        // Try 1 times out at 300 ms; its answer comes at 450 ms, during try 2, and is not taken for try 2's.
        assertEquals(LookupStatus.TIMEOUT, answer.status(), Traces.dump(trace));
        TraceStep step = trace.steps().get(0);
        assertEquals(StepStatus.UNKNOWN, step.status());
        assertEquals("timeout after 300 ms (2 tries)", step.outcome());
    }

    @Test
    void aPortNobodyListensOnFailsFastAsBefore() throws IOException {
        int closed = Loopback.freePort(false);
        TraceRecorder trace = new TraceRecorder();
        long started = System.nanoTime();
        SrvAnswer answer;
        try (DnsLookups client = DnsClient.create(responder.settings(Duration.ofSeconds(5), 0)
                .withDnsServers(List.of(InetSocketAddress.createUnresolved(Loopback.IPV4, closed))))) {
            answer = client.autodiscoverSrv("d1.mux.test", trace, new NullProgressMonitor());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(LookupStatus.TIMEOUT, answer.status(), Traces.dump(trace));
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "ICMP port unreachable ends the wait; took " + took);
    }

    @Test
    void closingTheRunClosesItsDnsClient() {
        DiscoveryContext context = new DiscoveryContext(responder.settings(Duration.ofMillis(300), 0));
        DnsLookups lookups = DnsLookups.of(context);
        assertEquals(LookupStatus.FOUND,
                lookups.autodiscoverSrv("d1.mux.test", new TraceRecorder(), new NullProgressMonitor()).status());
        context.close();
        TraceRecorder trace = new TraceRecorder();
        SrvAnswer afterClose = lookups.autodiscoverSrv("d2.mux.test", trace, new NullProgressMonitor());
        assertEquals(LookupStatus.TIMEOUT, afterClose.status());
        assertEquals("timeout after 300 ms (1 try): the DNS client is closed", trace.steps().get(0).outcome());
        assertFalse(DnsLookups.of(context) == lookups, "a closed run makes a new client on demand");
    }
}
