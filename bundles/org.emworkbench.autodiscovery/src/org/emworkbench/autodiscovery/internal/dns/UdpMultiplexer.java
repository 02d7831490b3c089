/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.WireParseException;
import org.xbill.DNS.io.DefaultIoClientFactory;
import org.xbill.DNS.io.IoClientFactory;
import org.xbill.DNS.io.TcpIoClient;
import org.xbill.DNS.io.UdpIoClient;

/**
 * UDP for many queries at once over a few long-lived sockets, where dnsjava's
 * own client opens a socket per query. Each server gets {@value #LANES}
 * datagram channels ("lanes") connected to it, each on its own random
 * ephemeral port (on the loopback address for a loopback server, else on the
 * wildcard address of the server's family). Connected channels see only that
 * server's packets, and an ICMP "port unreachable" still ends the queries
 * waiting on the lane, as it did with a socket per query.
 * <p>
 * Every query gets a fresh random message id from a {@link java.security.SecureRandom},
 * unique among the queries waiting on its lane; the caller's id is put back
 * into the response. A packet is the answer to a query only when it comes on
 * the query's lane with its id <em>and</em> repeats its question (name, type
 * and class, RFC 5452 §9.1); a packet with a known id and another question is
 * taken for a spoof and ignored, and the query keeps waiting. A packet with an
 * id nobody waits for is ignored when it is a late answer (its id timed out on
 * that lane recently); otherwise, when it repeats the question of a waiting
 * query, it is handed to that query as it is, so that the resolver rejects it
 * for its wrong id, as it did when each query had a socket of its own. Packets
 * too short for a header or without a readable question are ignored.
 * <p>
 * One daemon thread per multiplexer receives, matches and ends queries whose
 * timeout has passed (with a {@link SocketTimeoutException}). It starts with
 * the first query and stops, closing every socket, after {@link #idleTimeout}
 * without queries, or at {@link #close()}. Thread-safe.
 */
public final class UdpMultiplexer implements UdpIoClient, AutoCloseable {

    /** Sockets per server: enough to spread a bulk run's queries, few enough to stay cheap. */
    public static final int LANES = 4;

    /** How long the sockets stay open without queries when nobody closes the multiplexer. */
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);

    /** How long a timed-out id is remembered, so that its late answer is recognised as such. */
    private static final long RETIRED_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** How often waiting queries are checked for their timeout, and the sockets for idleness. */
    private static final long SWEEP_MILLIS = 20;

    private static final int HEADER_LENGTH = 12;
    private static final int MAX_DATAGRAM = 65_535;
    private static final int RECEIVE_BUFFER = 1 << 20;

    private final long idleTimeoutNanos;
    private final ReentrantLock lifecycle = new ReentrantLock();
    private final Map<InetSocketAddress, Lane[]> routes = new ConcurrentHashMap<>();
    private final Queue<Lane> unregistered = new ConcurrentLinkedQueue<>();
    /** Queries between registration and their end; the receiver stops only at zero. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Selector selector;
    private volatile Thread receiver;
    private volatile boolean open;
    private volatile boolean closed;

    /** A multiplexer whose sockets close after {@link #DEFAULT_IDLE_TIMEOUT} without queries. */
    public UdpMultiplexer() {
        this(DEFAULT_IDLE_TIMEOUT);
    }

    /** @param idleTimeout how long the sockets and the thread stay without queries */
    public UdpMultiplexer(Duration idleTimeout) {
        this.idleTimeoutNanos = idleTimeout.toNanos();
    }

    @Override
    public CompletableFuture<byte[]> sendAndReceiveUdp(InetSocketAddress local, InetSocketAddress remote,
            Message query, byte[] data, int max, Duration timeout) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        if (data.length < HEADER_LENGTH || query.getQuestion() == null) {
            answer.completeExceptionally(new IOException("not a DNS query"));
            return answer;
        }
        Pending pending = new Pending(query.getQuestion(), query.getHeader().getID(),
                System.nanoTime() + timeout.toNanos(), answer);
        inFlight.incrementAndGet();
        try {
            Lane lane = lane(remote);
            byte[] wire = data.clone();
            pending.id = lane.register(pending);
            pending.lane = lane;
            wire[0] = (byte) (pending.id >>> 8);
            wire[1] = (byte) pending.id;
            lane.send(wire, pending.deadline);
            if (closed) {
                end(pending, new IOException("the DNS client is closed"));
            }
        } catch (IOException e) {
            end(pending, e);
        } catch (RuntimeException e) {
            end(pending, e);
            throw e;
        }
        return answer;
    }

    /**
     * @return the transports for dnsjava's {@link org.xbill.DNS.SimpleResolver#setIoClientFactory}:
     *         UDP through this multiplexer, TCP through dnsjava's own client
     */
    public IoClientFactory withDnsjavaTcp() {
        TcpIoClient tcp = new DefaultIoClientFactory().createOrGetTcpClient();
        UdpIoClient udp = this;
        return new IoClientFactory() {
            @Override
            public TcpIoClient createOrGetTcpClient() {
                return tcp;
            }

            @Override
            public UdpIoClient createOrGetUdpClient() {
                return udp;
            }
        };
    }

    /** @return how many sockets are open */
    public int openSockets() {
        return routes.values().stream().mapToInt(lanes -> lanes.length).sum();
    }

    /** @return whether the receiving thread is running */
    public boolean receiving() {
        Thread thread = receiver;
        return thread != null && thread.isAlive();
    }

    /**
     * Ends every waiting query with an {@link IOException}, closes the sockets and
     * stops the thread; later queries fail at once.
     */
    @Override
    public void close() {
        Thread thread;
        lifecycle.lock();
        try {
            closed = true;
            thread = receiver;
            shutDown(new IOException("the DNS client is closed"));
        } finally {
            lifecycle.unlock();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return the server's lane for one more query, opening the sockets and the thread when needed */
    private Lane lane(InetSocketAddress remote) throws IOException {
        // inFlight is already counted: the receiver does not shut down while open is true and queries wait.
        Lane[] lanes = open ? routes.get(remote) : null;
        if (lanes == null) {
            lanes = openRoute(remote);
        }
        return lanes[ThreadLocalRandom.current().nextInt(lanes.length)];
    }

    private Lane[] openRoute(InetSocketAddress remote) throws IOException {
        lifecycle.lock();
        try {
            if (closed) {
                throw new IOException("the DNS client is closed");
            }
            if (!open) {
                selector = Selector.open();
                Thread thread = new Thread(this::receive, "emw-dns-udp");
                thread.setDaemon(true);
                receiver = thread;
                open = true;
                thread.start();
            }
            Lane[] lanes = routes.get(remote);
            if (lanes == null) {
                lanes = new Lane[LANES];
                try {
                    for (int i = 0; i < lanes.length; i++) {
                        lanes[i] = Lane.open(remote);
                    }
                } catch (IOException e) {
                    for (Lane lane : lanes) {
                        if (lane != null) {
                            lane.close();
                        }
                    }
                    throw e;
                }
                routes.put(remote, lanes);
                unregistered.addAll(List.of(lanes));
                selector.wakeup();
            }
            return lanes;
        } finally {
            lifecycle.unlock();
        }
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
        long lastBusy = System.nanoTime();
        long lastSweep = lastBusy;
        Selector current = selector;
        try {
            while (true) {
                for (Lane lane = unregistered.poll(); lane != null; lane = unregistered.poll()) {
                    lane.channel.register(current, SelectionKey.OP_READ, lane);
                }
                // A bounded wait rather than a wakeup per query: waking the selector costs a system call.
                current.select(SWEEP_MILLIS);
                Iterator<SelectionKey> ready = current.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    drain((Lane) key.attachment(), buffer);
                }
                long now = System.nanoTime();
                if (now - lastSweep >= TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS)) {
                    lastSweep = now;
                    sweep(now);
                }
                if (inFlight.get() != 0) {
                    lastBusy = now;
                } else if (now - lastBusy >= idleTimeoutNanos && stopWhenIdle()) {
                    return;
                }
            }
        } catch (ClosedSelectorException e) {
            // closed by close()
        } catch (IOException | RuntimeException e) {
            lifecycle.lock();
            try {
                shutDown(e instanceof IOException io ? io : new IOException(e));
            } finally {
                lifecycle.unlock();
            }
        }
    }

    /** @return whether the sockets were closed; not when a query came in meanwhile */
    private boolean stopWhenIdle() {
        lifecycle.lock();
        try {
            open = false;
            if (inFlight.get() != 0) {
                open = true; // a sender counted itself before it saw open turn false
                return false;
            }
            shutDown(new IOException("the DNS client is closed"));
            return true;
        } finally {
            lifecycle.unlock();
        }
    }

    /** Under the lifecycle lock: ends the waiting queries, closes the sockets and the selector. */
    private void shutDown(IOException reason) {
        open = false;
        for (Lane[] lanes : routes.values()) {
            for (Lane lane : lanes) {
                lane.pending.values().forEach(pending -> end(pending, reason));
                lane.close();
            }
        }
        routes.clear();
        unregistered.clear();
        Selector current = selector;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // nothing is left to release
            }
        }
        receiver = null;
    }

    private void drain(Lane lane, ByteBuffer buffer) {
        while (true) {
            buffer.clear();
            try {
                if (lane.channel.receive(buffer) == null) {
                    return;
                }
            } catch (IOException e) {
                // ICMP port unreachable and the like: the server cannot be reached by anyone on this lane.
                lane.pending.values().forEach(pending -> {
                    if (lane.pending.remove(pending.id, pending)) {
                        end(pending, e);
                    }
                });
                return;
            }
            buffer.flip();
            if (buffer.remaining() < HEADER_LENGTH) {
                continue; // no header, no id: nobody's answer
            }
            byte[] packet = new byte[buffer.remaining()];
            buffer.get(packet);
            deliver(lane, packet);
        }
    }

    private void deliver(Lane lane, byte[] packet) {
        int id = ((packet[0] & 0xFF) << 8) | (packet[1] & 0xFF);
        Pending pending = lane.pending.get(id);
        if (pending != null) {
            if (pending.asks(packet) && lane.pending.remove(id, pending)) {
                packet[0] = (byte) (pending.callerId >>> 8);
                packet[1] = (byte) pending.callerId;
                finish(pending, packet);
            }
            return; // another question under a waiting id is a spoof
        }
        Long retiredUntil = lane.retired.get(id);
        if (retiredUntil != null && retiredUntil - System.nanoTime() > 0) {
            return; // a late answer to a query that timed out
        }
        for (Pending waiting : lane.pending.values()) {
            if (waiting.asks(packet) && lane.pending.remove(waiting.id, waiting)) {
                finish(waiting, packet); // the resolver rejects it for its id
                return;
            }
        }
    }

    private void sweep(long now) {
        for (Lane[] lanes : routes.values()) {
            for (Lane lane : lanes) {
                for (Pending pending : lane.pending.values()) {
                    if (now - pending.deadline >= 0 && lane.pending.remove(pending.id, pending)) {
                        lane.retired.put(pending.id, now + RETIRED_NANOS);
                        end(pending, new SocketTimeoutException("no answer in time"));
                    }
                }
                lane.retired.values().removeIf(until -> until - now <= 0);
            }
        }
    }

    private void finish(Pending pending, byte[] packet) {
        if (pending.done()) {
            inFlight.decrementAndGet();
            pending.answer.complete(packet);
        }
    }

    private void end(Pending pending, Exception problem) {
        if (pending.done()) {
            if (pending.lane != null) {
                pending.lane.pending.remove(pending.id, pending);
            }
            inFlight.decrementAndGet();
            pending.answer.completeExceptionally(problem);
        }
    }

    /** One query waiting for its answer. */
    private static final class Pending {

        final Name name;
        final int type;
        final int dclass;
        final int callerId;
        final long deadline;
        final CompletableFuture<byte[]> answer;
        private final AtomicInteger ended = new AtomicInteger();
        volatile int id = -1;
        volatile Lane lane;

        Pending(Record question, int callerId, long deadline, CompletableFuture<byte[]> answer) {
            this.name = question.getName();
            this.type = question.getType();
            this.dclass = question.getDClass();
            this.callerId = callerId;
            this.deadline = deadline;
            this.answer = answer;
        }

        /** @return true for the one caller that ends the query */
        boolean done() {
            return ended.compareAndSet(0, 1);
        }

        /** @return whether the packet's only question is this query's */
        boolean asks(byte[] packet) {
            int questions = ((packet[4] & 0xFF) << 8) | (packet[5] & 0xFF);
            if (questions != 1) {
                return false;
            }
            DNSInput in = new DNSInput(packet);
            in.jump(HEADER_LENGTH);
            try {
                Name asked = new Name(in);
                return in.readU16() == type && in.readU16() == dclass && asked.equals(name);
            } catch (WireParseException e) {
                return false;
            }
        }
    }

    /** One socket connected to one server, with the queries waiting on it. */
    private static final class Lane {

        final DatagramChannel channel;
        final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
        /** Ids that timed out, until when their late answers are expected. */
        final Map<Integer, Long> retired = new ConcurrentHashMap<>();

        private Lane(DatagramChannel channel) {
            this.channel = channel;
        }

        static Lane open(InetSocketAddress remote) throws IOException {
            InetAddress server = remote.getAddress();
            if (server == null) {
                throw new IOException("unresolved DNS server " + remote);
            }
            boolean ipv6 = server instanceof Inet6Address;
            DatagramChannel channel = DatagramChannel
                    .open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            try {
                channel.configureBlocking(false);
                try {
                    channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
                } catch (IOException | UnsupportedOperationException e) {
                    // the system's default buffer then
                }
                InetAddress local = server.isLoopbackAddress()
                        ? InetAddress.getByName(ipv6 ? "::1" : "127.0.0.1")
                        : InetAddress.getByName(ipv6 ? "::" : "0.0.0.0");
                channel.bind(new InetSocketAddress(local, 0)); // port 0: the system picks a random free one
                channel.connect(remote);
                return new Lane(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        /** @return the id the query got: random, and unique among the queries waiting here */
        int register(Pending query) {
            while (true) {
                int id = QueryIds.next();
                query.id = id;
                if (pending.putIfAbsent(id, query) == null) {
                    return id;
                }
            }
        }

        void send(byte[] wire, long deadline) throws IOException {
            ByteBuffer packet = ByteBuffer.wrap(wire);
            // A non-blocking send writes nothing only while the socket's buffer is full; that passes quickly.
            while (channel.write(packet) == 0) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new SocketTimeoutException("the query could not be sent in time");
                }
                Thread.onSpinWait();
                Thread.yield();
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing is left to release
            }
        }
    }
}
