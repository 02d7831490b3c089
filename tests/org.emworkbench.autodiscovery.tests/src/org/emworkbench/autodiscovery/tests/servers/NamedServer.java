/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.tests.support.ServerProcess;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Debian's BIND {@code named}, started for a test as an authoritative-only
 * server (no recursion) on a free port of 127.0.0.1, and of ::1 when the
 * machine has it, serving {@link TestZones} and any extra zones the test
 * gives. It runs in a temporary directory with zone files written from the
 * zones; {@code signed.test} and {@code bogus.test} are signed there with
 * keys made for the run, and {@link #trustAnchors()} holds their DS records.
 * <p>
 * {@link #start()} returns once the server answers. Without {@code named}
 * (package bind9) or the signing tools (bind9-utils) the calling test is
 * skipped with a message, except under CI ({@code CI=true}), where that is a
 * failure. {@link #close()} stops the server and deletes the directory.
 */
public final class NamedServer implements AutoCloseable {

    /** The default TTL of the zones' records, in seconds. */
    public static final int TTL = 300;

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 3;

    private final Path directory;
    private final ServerProcess process;
    private final int port;
    private final boolean ipv6;

    private NamedServer(Path directory, Process process, int port, boolean ipv6) {
        this.directory = directory;
        this.process = ServerProcess.watch(process, directory, "named " + port);
        this.port = port;
        this.ipv6 = ipv6;
    }

    /**
     * Starts a server with {@link TestZones#all()}.
     *
     * @return the running server
     * @throws IOException when it cannot be set up or does not come up
     */
    public static NamedServer start() throws IOException {
        return start(List.of());
    }

    /**
     * Starts a server with {@link TestZones#all()} and more zones.
     *
     * @param extraZones zones to serve besides the test zones, e.g. thousands of domains for a benchmark
     * @return the running server
     * @throws IOException when it cannot be set up or does not come up
     */
    public static NamedServer start(List<Zone> extraZones) throws IOException {
        Path named = BindTools.require("named", "bind9");
        ZoneSigner signer = new ZoneSigner();
        Path directory = Files.createTempDirectory("emw-named-");
        try {
            List<Zone> zones = new ArrayList<>(TestZones.all());
            zones.addAll(extraZones);
            writeZones(directory, zones, signer);
            boolean ipv6 = Loopback.hasIpv6();
            IOException last = null;
            for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
                int port = Loopback.freePort(ipv6);
                Files.writeString(directory.resolve("named.conf"), configuration(directory, zones, port, ipv6));
                Process process = launch(named, directory, port, ipv6);
                try {
                    awaitAnswer(process, port);
                    return new NamedServer(directory, process, port, ipv6);
                } catch (IOException e) {
                    ServerProcess.stop(process);
                    // Most likely another process took the port in between; the log says.
                    last = new IOException(e.getMessage() + "; named's log:\n"
                            + Files.readString(directory.resolve("named.log"), StandardCharsets.UTF_8), e);
                }
            }
            throw last;
        } catch (IOException | RuntimeException e) {
            ServerProcess.deleteTree(directory);
            throw e;
        }
    }

    /** @return the port it listens on, UDP and TCP */
    public int port() {
        return port;
    }

    /** @return 127.0.0.1 and the port, unresolved as {@link DiscoverySettings} takes servers */
    public InetSocketAddress address() {
        return InetSocketAddress.createUnresolved(Loopback.IPV4, port);
    }

    /** @return ::1 and the port, when the machine has IPv6 loopback */
    public Optional<InetSocketAddress> ipv6Address() {
        return ipv6 ? Optional.of(InetSocketAddress.createUnresolved(Loopback.IPV6, port)) : Optional.empty();
    }

    /** @return {@code 127.0.0.1:<port>}, as {@code emw discover --dns-server} takes it */
    public String dnsServer() {
        return Loopback.IPV4 + ":" + port;
    }

    /** @return the file of DS records for {@link TestZones#SIGNED} and {@link TestZones#BOGUS} */
    public Path trustAnchors() {
        return directory.resolve("trust-anchors.txt");
    }

    /** @return the server's working directory (configuration, zone files, keys, log) */
    public Path directory() {
        return directory;
    }

    /**
     * @return discovery settings that ask only this server, with a 2 s timeout and one retry, without
     *         HTTP and without DNSSEC
     */
    public DiscoverySettings settings() {
        return DiscoverySettings.DEFAULTS.withDnsServers(List.of(address()))
                .withDnsTimeout(Duration.ofSeconds(2), 1).withHttp(false);
    }

    /** @return what named has logged so far */
    public String log() {
        try {
            return Files.readString(directory.resolve("named.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops named, waits for it to end, and deletes its directory. */
    @Override
    public void close() {
        process.close();
    }

    private static void writeZones(Path directory, List<Zone> zones, ZoneSigner signer) throws IOException {
        List<String> anchors = new ArrayList<>();
        for (Zone zone : zones) {
            Files.writeString(directory.resolve(zone.name() + ".zone"), zone.file(TTL), StandardCharsets.UTF_8);
            if (TestZones.signed().contains(zone.name())) {
                anchors.add(signer.sign(directory, zone));
            }
        }
        signer.tamper(directory, zones.stream().filter(zone -> zone.name().equals(TestZones.BOGUS)).findFirst()
                .orElseThrow());
        Files.write(directory.resolve("trust-anchors.txt"), anchors, StandardCharsets.UTF_8);
    }

    private static String configuration(Path directory, List<Zone> zones, int port, boolean ipv6) {
        StringBuilder conf = new StringBuilder();
        conf.append("options {\n")
                .append("  directory \"").append(directory).append("\";\n")
                .append("  pid-file \"").append(directory.resolve("named.pid")).append("\";\n")
                .append("  session-keyfile \"").append(directory.resolve("session.key")).append("\";\n")
                .append("  managed-keys-directory \"").append(directory).append("\";\n")
                .append("  listen-on port ").append(port).append(" { 127.0.0.1; };\n")
                .append("  listen-on-v6 port ").append(port).append(ipv6 ? " { ::1; };\n" : " { none; };\n")
                .append("  recursion no;\n")
                .append("  dnssec-validation no;\n")
                .append("  notify no;\n")
                .append("  allow-query { any; };\n")
                .append("};\n")
                .append("controls { };\n");
        for (Zone zone : zones) {
            String file = TestZones.signed().contains(zone.name()) ? zone.name() + ".zone.signed"
                    : zone.name() + ".zone";
            conf.append("zone \"").append(zone.name()).append("\" { type primary; file \"").append(file)
                    .append("\"; };\n");
        }
        return conf.toString();
    }

    private static Process launch(Path named, Path directory, int port, boolean ipv6) throws IOException {
        List<String> command = new ArrayList<>(List.of(named.toString(), "-g", "-n", "1", "-c",
                directory.resolve("named.conf").toString(), "-p", Integer.toString(port)));
        if (!ipv6) {
            command.add("-4");
        }
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("named.log").toFile()).start();
    }

    /** Asks for good.test's SOA until named answers it. */
    private static void awaitAnswer(Process process, int port) throws IOException {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        resolver.setTimeout(Duration.ofMillis(250));
        Message query = Message.newQuery(Record.newRecord(Name.fromConstantString(TestZones.GOOD + "."), Type.SOA,
                DClass.IN));
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("named exited " + process.exitValue() + " while starting");
            }
            try {
                if (resolver.send(query).getRcode() == Rcode.NOERROR) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            pause();
        }
        throw new IOException("named did not answer within " + STARTUP.toSeconds() + " s");
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for named", e);
        }
    }
}
