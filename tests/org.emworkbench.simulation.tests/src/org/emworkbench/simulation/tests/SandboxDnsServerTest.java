/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.simulation.sandbox.ModelZones;
import org.emworkbench.simulation.sandbox.SandboxDnsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** The sandbox's DNS responder, asked with dnsjava's resolver over UDP and TCP. */
class SandboxDnsServerTest {

    private SandboxDnsServer server;

    @BeforeEach
    void start() throws IOException {
        server = SandboxDnsServer.start(ModelZones.of(Models.contoso("contoso.emw")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Message ask(String name, int type, boolean tcp) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server.address());
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(3));
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    @Test
    void theExpectedSrvRecordIsAnsweredWithAuthority() throws IOException {
        Message answer = ask("_autodiscover._tcp.contoso.com.", Type.SRV, false);

        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertTrue(answer.getHeader().getFlag(Flags.AA), "authoritative");
        List<Record> records = answer.getSection(Section.ANSWER);
        assertEquals(1, records.size());
        SRVRecord srv = (SRVRecord) records.get(0);
        assertEquals(443, srv.getPort());
        assertEquals(Name.fromString("mail.contoso.com."), srv.getTarget());
    }

    @Test
    void theClaimTokenIsATxtRecordOfTheDomain() throws IOException {
        Message answer = ask("fabrikam.com.", Type.TXT, false);

        TXTRecord txt = (TXTRecord) answer.getSection(Section.ANSWER).get(0);
        assertEquals(List.of("ctxad-2a81d0c4"), txt.getStrings());
    }

    @Test
    void hostsTheModelNamesAreOnLoopback() throws IOException {
        ARecord server4 = (ARecord) ask("emm.contoso.com.", Type.A, false).getSection(Section.ANSWER).get(0);
        AAAARecord target6 = (AAAARecord) ask("mail.fabrikam.com.", Type.AAAA, false).getSection(Section.ANSWER)
                .get(0);

        assertTrue(server4.getAddress().isLoopbackAddress());
        assertTrue(target6.getAddress().isLoopbackAddress());
        assertEquals(InetAddress.getByName("::1"), target6.getAddress());
    }

    @Test
    void aNameThatDoesNotExistIsNxdomainWithTheZonesSoa() throws IOException {
        Message answer = ask("nothing-here.contoso.com.", Type.A, false);

        assertEquals(Rcode.NXDOMAIN, answer.getRcode());
        assertTrue(answer.getHeader().getFlag(Flags.AA));
        assertEquals(Type.SOA, answer.getSection(Section.AUTHORITY).get(0).getType());
    }

    @Test
    void anExistingNameWithoutTheTypeIsNoErrorWithoutData() throws IOException {
        Message apex = ask("contoso.com.", Type.A, false);
        Message emptyNonTerminal = ask("_tcp.contoso.com.", Type.TXT, false);

        assertEquals(Rcode.NOERROR, apex.getRcode());
        assertTrue(apex.getSection(Section.ANSWER).isEmpty());
        assertEquals(Type.SOA, apex.getSection(Section.AUTHORITY).get(0).getType());
        assertEquals(Rcode.NOERROR, emptyNonTerminal.getRcode());
        assertTrue(emptyNonTerminal.getSection(Section.ANSWER).isEmpty());
    }

    @Test
    void tcpGivesTheSameAnswers() throws IOException {
        Message answer = ask("_autodiscover._tcp.fabrikam.com.", Type.SRV, true);

        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertEquals(Name.fromString("mail.fabrikam.com."),
                ((SRVRecord) answer.getSection(Section.ANSWER).get(0)).getTarget());
    }

    @Test
    void aLargeAnswerIsTruncatedOverUdpAndWholeOverTcp() throws IOException {
        Deployment deployment = Models.contoso("contoso.emw");
        MailDomain contoso = deployment.getExchange().getMailDomains().get(0);
        for (int i = 0; i < 60; i++) {
            SrvRecord record = DeploymentFactory.eINSTANCE.createSrvRecord();
            record.setTarget("exchange-host-number-" + i + ".contoso.com.");
            contoso.getExpectedSrvRecords().add(record);
        }
        try (SandboxDnsServer big = SandboxDnsServer.start(ModelZones.of(deployment))) {
            byte[] query = Message.newQuery(Record.newRecord(Name.fromString("_autodiscover._tcp.contoso.com."),
                    Type.SRV, DClass.IN)).toWire();
            Message overUdp = rawUdp(big.address(), query);
            SimpleResolver resolver = new SimpleResolver(big.address());
            resolver.setTimeout(Duration.ofSeconds(3));
            Message resolved = resolver.send(Message.newQuery(Record.newRecord(
                    Name.fromString("_autodiscover._tcp.contoso.com."), Type.SRV, DClass.IN)));

            assertTrue(overUdp.getHeader().getFlag(Flags.TC), "truncated over UDP");
            assertFalse(resolved.getHeader().getFlag(Flags.TC));
            assertEquals(61, resolved.getSection(Section.ANSWER).size(), "the resolver retried over TCP");
        }
    }

    @Test
    void stoppedMeansStopped() throws IOException {
        InetSocketAddress address = server.address();
        server.close();

        assertThrows(IOException.class, () -> new Socket(address.getAddress(), address.getPort()).close());
    }

    private static Message rawUdp(InetSocketAddress address, byte[] query) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(3000);
            socket.send(new DatagramPacket(query, query.length, address));
            byte[] buffer = new byte[65535];
            DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
            socket.receive(reply);
            Message message = new Message(Arrays.copyOf(buffer, reply.getLength()));
            assertNotNull(message.getHeader());
            return message;
        }
    }
}
