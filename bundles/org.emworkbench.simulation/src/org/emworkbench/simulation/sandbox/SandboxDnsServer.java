/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.sandbox;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;

/**
 * An authoritative DNS responder on 127.0.0.1, UDP and TCP on the same
 * ephemeral port, answering from {@link ModelZones}. It behaves like a real
 * authoritative server where clients can tell: the AA flag on every answer;
 * NXDOMAIN for a name that does not exist and NOERROR without data for a name
 * that exists without records of the type asked, both with the zone's SOA in
 * the authority section; answers larger than the client's UDP limit (512, or
 * its EDNS size) truncated with TC set, so that the client asks again over
 * TCP; FORMERR for a query it cannot parse, NOTIMP for another opcode.
 *
 * @since 0.1
 */
public final class SandboxDnsServer implements AutoCloseable {

    private static final int CLASSIC_UDP_LIMIT = 512;
    private static final int OWN_EDNS_SIZE = 1232;
    private static final int PORT_ATTEMPTS = 20;

    private final ModelZones zones;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Thread udpLoop;
    private final Thread tcpLoop;
    private volatile boolean running = true;

    private SandboxDnsServer(ModelZones zones, DatagramSocket udp, ServerSocket tcp) {
        this.zones = zones;
        this.udp = udp;
        this.tcp = tcp;
        this.udpLoop = daemon(this::serveUdp, "emw sandbox DNS (UDP)");
        this.tcpLoop = daemon(this::serveTcp, "emw sandbox DNS (TCP)");
    }

    /**
     * Starts answering.
     *
     * @param zones what to answer
     * @return the running server
     * @throws IOException when no port could be bound for both UDP and TCP
     */
    public static SandboxDnsServer start(ModelZones zones) throws IOException {
        Objects.requireNonNull(zones, "zones");
        InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
        IOException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
            try {
                ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 50, loopback);
                SandboxDnsServer server = new SandboxDnsServer(zones, udp, tcp);
                server.udpLoop.start();
                server.tcpLoop.start();
                return server;
            } catch (BindException e) {
                // The UDP port's TCP twin is taken by someone else: try another port.
                udp.close();
                last = e;
            }
        }
        throw new IOException("no loopback port was free for both UDP and TCP", last);
    }

    /** @return where it listens, UDP and TCP */
    public InetSocketAddress address() {
        return new InetSocketAddress(udp.getLocalAddress(), udp.getLocalPort());
    }

    /** @return {@code 127.0.0.1:PORT}, as {@code --dns-server} takes it */
    public String hostAndPort() {
        return "127.0.0.1:" + udp.getLocalPort();
    }

    /**
     * @param query a parsed query
     * @return the answer, not yet truncated
     */
    Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        response.getHeader().setOpcode(query.getHeader().getOpcode());
        Record question = query.getQuestion();
        if (query.getHeader().getOpcode() != Opcode.QUERY) {
            response.getHeader().setRcode(Rcode.NOTIMP);
            return response;
        }
        if (question == null) {
            response.getHeader().setRcode(Rcode.FORMERR);
            return response;
        }
        response.addRecord(question, Section.QUESTION);
        if (query.getOPT() != null) {
            response.addRecord(new OPTRecord(OWN_EDNS_SIZE, 0, 0), Section.ADDITIONAL);
        }
        response.getHeader().setFlag(Flags.AA);
        List<Record> answers = zones.at(question.getName(), question.getType());
        if (!answers.isEmpty()) {
            answers.forEach(record -> response.addRecord(record, Section.ANSWER));
            return response;
        }
        if (!zones.exists(question.getName())) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        SOARecord soa = zones.soaFor(question.getName());
        if (soa != null) {
            response.addRecord(soa, Section.AUTHORITY);
        }
        return response;
    }

    private byte[] respond(byte[] wire, int length, boolean overUdp) {
        Message query;
        try {
            query = new Message(Arrays.copyOf(wire, length));
        } catch (IOException e) {
            return formatError(wire, length);
        }
        Message response = answer(query);
        if (!overUdp) {
            return response.toWire();
        }
        OPTRecord opt = query.getOPT();
        int limit = opt == null ? CLASSIC_UDP_LIMIT : Math.max(CLASSIC_UDP_LIMIT, Math.min(opt.getPayloadSize(),
                OWN_EDNS_SIZE));
        return response.toWire(limit);
    }

    /** FORMERR with the query's id, when at least the header could be read. */
    private static byte[] formatError(byte[] wire, int length) {
        if (length < 2) {
            return null;
        }
        Message response = new Message(((wire[0] & 0xff) << 8) | (wire[1] & 0xff));
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setRcode(Rcode.FORMERR);
        return response.toWire();
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (running) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                byte[] reply = respond(packet.getData(), packet.getLength(), true);
                if (reply != null) {
                    udp.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (SocketException e) {
                return; // closed
            } catch (IOException | RuntimeException e) {
                // One bad exchange must not stop the responder.
            }
        }
    }

    private void serveTcp() {
        while (running) {
            try (Socket client = tcp.accept()) {
                client.setSoTimeout(5000);
                DataInputStream in = new DataInputStream(client.getInputStream());
                DataOutputStream out = new DataOutputStream(client.getOutputStream());
                // A client may send several queries on one connection (RFC 7766).
                while (true) {
                    int length;
                    try {
                        length = in.readUnsignedShort();
                    } catch (IOException e) {
                        break;
                    }
                    byte[] query = new byte[length];
                    in.readFully(query);
                    byte[] reply = respond(query, length, false);
                    if (reply == null) {
                        break;
                    }
                    out.writeShort(reply.length);
                    out.write(reply);
                    out.flush();
                }
            } catch (SocketException e) {
                if (!running) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // As for UDP: the next connection is served.
            }
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Stops both listeners and waits briefly for their threads. */
    @Override
    public void close() {
        running = false;
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            udpLoop.join(1000);
            tcpLoop.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
