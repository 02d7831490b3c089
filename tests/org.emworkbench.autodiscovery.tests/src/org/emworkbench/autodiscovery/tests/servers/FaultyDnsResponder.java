/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * An in-process DNS responder on 127.0.0.1 (UDP and TCP on one free port)
 * for the faults a real server does not produce on demand. Each query name
 * has a {@link Behaviour}; names without one get the default ({@link Behaviour#ANSWER}).
 * Answers come from records given in zone-file syntax: the records at the
 * asked name of the asked type or CNAME; NXDOMAIN when nothing is at the name.
 * Every query it receives is recorded, so a test can check retries and TCP.
 */
public final class FaultyDnsResponder implements AutoCloseable {

    /** What the responder does with a query. */
    public enum Behaviour {
        /** Answers from the records, over UDP and TCP alike. */
        ANSWER,
        /** Over UDP, an empty answer with the TC flag; over TCP, the answer. */
        TRUNCATE_UDP,
        /** Answers SERVFAIL. */
        SERVFAIL,
        /** Answers REFUSED. */
        REFUSED,
        /** Never answers (a TCP connection stays open and silent). */
        SILENCE,
        /** Answers with the right id but a body that cannot be parsed. */
        MALFORMED,
        /** Answers correctly but with another message id. */
        WRONG_ID,
        /** Over UDP, answers with the query's id but another question (a spoof), and nothing else. */
        SPOOF,
        /** Over UDP, sends a spoof first (the query's id, another question), then the answer. */
        SPOOF_THEN_ANSWER,
        /** Answers after {@link FaultyDnsResponder#lateBy(Duration)}. */
        LATE
    }

    /**
     * A query the responder received.
     *
     * @param transport {@code UDP} or {@code TCP}
     * @param id        the message id
     * @param name      the name asked, lower case, absolute
     * @param type      the type asked, e.g. {@code SRV}
     */
    public record Received(String transport, int id, String name, String type) {
    }

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<Record> records = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private volatile Behaviour defaultBehaviour = Behaviour.ANSWER;
    private volatile Duration lateBy = Duration.ofSeconds(1);

    private FaultyDnsResponder(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
    }

    /**
     * @return a responder listening on a free port of 127.0.0.1
     * @throws IOException when no port can be bound
     */
    public static FaultyDnsResponder start() throws IOException {
        InetAddress loopback = InetAddress.getByName(Loopback.IPV4);
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = Loopback.freePort(false);
            try {
                DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, port));
                try {
                    ServerSocket tcp = new ServerSocket(port, 50, loopback);
                    FaultyDnsResponder responder = new FaultyDnsResponder(udp, tcp);
                    responder.startThreads();
                    return responder;
                } catch (IOException e) {
                    udp.close();
                    throw e;
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * @param zoneFileLines records with absolute names, e.g.
     *                      {@code _autodiscover._tcp.faulty.test. 300 IN SRV 0 0 443 mail.faulty.test.}
     * @return this responder
     */
    public FaultyDnsResponder records(String zoneFileLines) {
        try (Master master = new Master(new ByteArrayInputStream(zoneFileLines.getBytes(StandardCharsets.UTF_8)),
                Name.root, 300)) {
            for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * @param name      a query name, with or without trailing dot, any case
     * @param behaviour what to do with queries for it
     * @return this responder
     */
    public FaultyDnsResponder behave(String name, Behaviour behaviour) {
        behaviours.put(key(name), behaviour);
        return this;
    }

    /** @param behaviour what to do with queries for names without a behaviour of their own @return this responder */
    public FaultyDnsResponder behaveByDefault(Behaviour behaviour) {
        defaultBehaviour = behaviour;
        return this;
    }

    /** @param delay how long {@link Behaviour#LATE} waits before it answers @return this responder */
    public FaultyDnsResponder lateBy(Duration delay) {
        lateBy = delay;
        return this;
    }

    /** @return the queries received so far, in order */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /**
     * @param transport {@code UDP} or {@code TCP}
     * @param name      a query name
     * @return how many queries for the name came over the transport
     */
    public long count(String transport, String name) {
        String asked = key(name);
        return received.stream().filter(query -> query.transport().equals(transport) && query.name().equals(asked))
                .count();
    }

    /** @return the port, UDP and TCP */
    public int port() {
        return udp.getLocalPort();
    }

    /** @return 127.0.0.1 and the port, unresolved as {@link DiscoverySettings} takes servers */
    public InetSocketAddress address() {
        return InetSocketAddress.createUnresolved(Loopback.IPV4, port());
    }

    /** @return {@code 127.0.0.1:<port>}, as {@code emw discover --dns-server} takes it */
    public String dnsServer() {
        return Loopback.IPV4 + ":" + port();
    }

    /**
     * @param timeout how long to wait for one answer
     * @param retries how often to ask again after silence
     * @return settings that ask only this responder, without HTTP and without DNSSEC
     */
    public DiscoverySettings settings(Duration timeout, int retries) {
        return DiscoverySettings.DEFAULTS.withDnsServers(List.of(address())).withDnsTimeout(timeout, retries)
                .withHttp(false);
    }

    /** Stops listening and drops open connections. */
    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void startThreads() {
        daemon("faulty-dns-udp", this::serveUdp);
        daemon("faulty-dns-tcp", this::acceptTcp);
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (!udp.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
                SocketAddress client = packet.getSocketAddress();
                Behaviour behaviour = behaviourFor(query);
                if (behaviour == Behaviour.SPOOF || behaviour == Behaviour.SPOOF_THEN_ANSWER) {
                    byte[] spoof = spoof(query);
                    udp.send(new DatagramPacket(spoof, spoof.length, client));
                }
                byte[] reply = reply(query, "UDP");
                if (reply == null) {
                    continue;
                }
                if (behaviour == Behaviour.LATE) {
                    Duration delay = lateBy;
                    daemon("faulty-dns-late", () -> {
                        sleep(delay);
                        send(reply, client);
                    });
                } else {
                    udp.send(new DatagramPacket(reply, reply.length, client));
                }
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                // one bad packet; keep serving
            }
        }
    }

    private void send(byte[] reply, SocketAddress client) {
        try {
            udp.send(new DatagramPacket(reply, reply.length, client));
        } catch (IOException e) {
            // closed meanwhile
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the behaviour for the query's name; {@code null} for a packet that is no query */
    private Behaviour behaviourFor(byte[] bytes) {
        try {
            Record question = new Message(bytes).getQuestion();
            return question == null ? null
                    : behaviours.getOrDefault(key(question.getName().toString()), defaultBehaviour);
        } catch (IOException e) {
            return null;
        }
    }

    /** The query's id, an answer in the form the query expects, but to the question {@code spoof.<name>}. */
    private byte[] spoof(byte[] bytes) throws IOException {
        Message query = new Message(bytes);
        Record question = query.getQuestion();
        Name other = Name.concatenate(Name.fromConstantString("spoof"), question.getName());
        Message spoof = new Message(query.getHeader().getID());
        spoof.getHeader().setFlag(Flags.QR);
        spoof.getHeader().setFlag(Flags.AA);
        spoof.addRecord(Record.newRecord(other, question.getType(), question.getDClass()), Section.QUESTION);
        return spoof.toWire();
    }

    private void acceptTcp() {
        while (!tcp.isClosed()) {
            try {
                Socket connection = tcp.accept();
                connections.add(connection);
                daemon("faulty-dns-tcp-connection", () -> serveTcp(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serveTcp(Socket connection) {
        try (connection;
                DataInputStream in = new DataInputStream(connection.getInputStream());
                DataOutputStream out = new DataOutputStream(connection.getOutputStream())) {
            while (true) {
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] reply = reply(query, "TCP");
                if (reply != null) {
                    out.writeShort(reply.length);
                    out.write(reply);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client closed the connection, or the responder was closed
        } finally {
            connections.remove(connection);
        }
    }

    /** @return the bytes to send back, or {@code null} for none */
    private byte[] reply(byte[] bytes, String transport) {
        Message query;
        try {
            query = new Message(bytes);
        } catch (IOException e) {
            return null;
        }
        Record question = query.getQuestion();
        if (question == null) {
            return null;
        }
        String name = key(question.getName().toString());
        received.add(new Received(transport, query.getHeader().getID(), name, Type.string(question.getType())));
        Behaviour behaviour = behaviours.getOrDefault(name, defaultBehaviour);
        return switch (behaviour) {
            case SILENCE, SPOOF -> null;
            case SERVFAIL -> error(query, Rcode.SERVFAIL).toWire();
            case REFUSED -> error(query, Rcode.REFUSED).toWire();
            case MALFORMED -> malformed(query);
            case WRONG_ID -> {
                Message answer = answer(query);
                answer.getHeader().setID((query.getHeader().getID() + 1) & 0xFFFF);
                yield answer.toWire();
            }
            case TRUNCATE_UDP -> "UDP".equals(transport) ? truncated(query).toWire() : answer(query).toWire();
            case ANSWER, SPOOF_THEN_ANSWER, LATE -> answer(query).toWire();
        };
    }

    private Message answer(Message query) {
        Record question = query.getQuestion();
        Message answer = response(query);
        List<Record> atName = new ArrayList<>();
        for (Record record : records) {
            if (record.getName().equals(question.getName())) {
                atName.add(record);
            }
        }
        if (atName.isEmpty()) {
            answer.getHeader().setRcode(Rcode.NXDOMAIN);
            return answer;
        }
        for (Record record : atName) {
            if (record.getType() == question.getType() || record.getType() == Type.CNAME) {
                answer.addRecord(record, Section.ANSWER);
            }
        }
        return answer;
    }

    private static Message truncated(Message query) {
        Message answer = response(query);
        answer.getHeader().setFlag(Flags.TC);
        return answer;
    }

    private static Message error(Message query, int rcode) {
        Message answer = response(query);
        answer.getHeader().setRcode(rcode);
        return answer;
    }

    private static Message response(Message query) {
        Message answer = new Message(query.getHeader().getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            answer.getHeader().setFlag(Flags.RD);
        }
        answer.addRecord(query.getQuestion(), Section.QUESTION);
        return answer;
    }

    /** The right id and a question, then a header promising five answers that never come. */
    private static byte[] malformed(Message query) {
        byte[] wire = response(query).toWire();
        wire[7] = 5; // ANCOUNT low byte
        return wire;
    }

    private static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }
}
