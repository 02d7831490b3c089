/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.validation.settings.DnsServer;

/**
 * The parsed arguments of {@code emw discover}.
 *
 * @param targets     the addresses and domains named on the command line, as typed
 * @param fromFile    a file with one address or domain per line (bulk mode), or {@code null}
 * @param model       a model whose expectations the answers are compared with, or {@code null}
 * @param json        whether the output is JSON ({@code --format json}); in bulk mode it always is (JSON Lines)
 * @param settings    how to reach the network
 * @param concurrency bulk mode: how many targets are discovered at once
 * @param rate        bulk mode: how many targets start per second; 0 for no limit
 * @param trace       bulk mode: whether each line carries every step ({@code --trace}), not only findings and results
 */
record DiscoverArguments(List<String> targets, Path fromFile, Path model, boolean json, DiscoverySettings settings,
        int concurrency, int rate, boolean trace) {

    /** The default number of targets in flight in bulk mode. */
    static final int DEFAULT_CONCURRENCY = 64;
    /** The default number of targets started per second in bulk mode. */
    static final int DEFAULT_RATE = 200;

    private static final String OPTIONS = "--dns-server HOST:PORT, --format text|json, --no-http, --trust-anchor FILE, "
            + "--from-file FILE, --model MODEL, --timeout SECONDS, --retries N, --concurrency N, --rate N, "
            + "--trust-store FILE, --https-port N, --http-port N, --srv-seed N, --trace";

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("--dns-server", "a DNS server, e.g. --dns-server 127.0.0.1:5353 or --dns-server [::1]:53"),
            Map.entry("--format", "a format: --format text|json"),
            Map.entry("--trust-anchor", "a file of DS or DNSKEY records, e.g. --trust-anchor root.key"),
            Map.entry("--from-file", "a file with one address or domain per line, e.g. --from-file domains.txt"),
            Map.entry("--model", "a deployment model, e.g. --model examples/contoso/contoso.emw"),
            Map.entry("--timeout", "seconds per DNS query, e.g. --timeout 3"),
            Map.entry("--retries", "how often to ask again after silence, e.g. --retries 1"),
            Map.entry("--concurrency", "how many targets at once, e.g. --concurrency 64"),
            Map.entry("--rate", "targets started per second (0: no limit), e.g. --rate 200"),
            Map.entry("--trust-store", "a file of trusted CA certificates (PEM, PKCS#12 or JKS)"),
            Map.entry("--https-port", "a port, e.g. --https-port 8443"),
            Map.entry("--http-port", "a port, e.g. --http-port 8080"),
            Map.entry("--srv-seed", "a whole number, e.g. --srv-seed 1"));

    /** Copies the list. */
    DiscoverArguments {
        targets = List.copyOf(targets);
    }

    /** @return whether the targets come from a file */
    boolean bulk() {
        return fromFile != null;
    }

    /**
     * @param arguments the words after {@code discover}
     * @return the parsed arguments
     * @throws UsageException with what to type instead
     */
    static DiscoverArguments parse(List<String> arguments) throws UsageException {
        List<String> targets = new ArrayList<>();
        List<InetSocketAddress> servers = new ArrayList<>();
        String format = null;
        Path fromFile = null;
        Path model = null;
        Path trustAnchor = null;
        Path trustStore = null;
        boolean http = true;
        boolean trace = false;
        Integer timeout = null;
        Integer retries = null;
        Integer concurrency = null;
        Integer rate = null;
        Integer httpsPort = null;
        Integer httpPort = null;
        Long seed = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            boolean inline = argument.startsWith("--") && equals > 0;
            String option = inline ? argument.substring(0, equals) : argument;
            if (option.equals("--no-http") || option.equals("--trace")) {
                if (inline) {
                    throw new UsageException(option + " takes no value; write just " + option);
                }
                if (option.equals("--trace")) {
                    trace = true;
                } else {
                    http = false;
                }
                continue;
            }
            if (!EXAMPLES.containsKey(option)) {
                if (argument.startsWith("-") && !argument.equals("-")) {
                    throw new UsageException("discover: unknown option '" + argument + "'; this version knows "
                            + OPTIONS + " (see 'emw help discover')");
                }
                targets.add(argument);
                continue;
            }
            String value = inline ? argument.substring(equals + 1)
                    : i + 1 < arguments.size() ? arguments.get(++i) : "";
            if (value.isEmpty()) {
                throw new UsageException(option + " needs " + EXAMPLES.get(option));
            }
            switch (option) {
                case "--dns-server" -> servers.add(server(value));
                case "--format" -> format = once(option, format, value);
                case "--trust-anchor" -> trustAnchor = readable(option, once(option, text(trustAnchor), value));
                case "--from-file" -> fromFile = readable(option, once(option, text(fromFile), value));
                case "--model" -> model = readable(option, once(option, text(model), value));
                case "--trust-store" -> trustStore = readable(option, once(option, text(trustStore), value));
                case "--timeout" -> timeout = number(option, once(option, text(timeout), value), 1, 60);
                case "--retries" -> retries = number(option, once(option, text(retries), value), 0, 10);
                case "--concurrency" -> concurrency = number(option, once(option, text(concurrency), value), 1, 1024);
                case "--rate" -> rate = number(option, once(option, text(rate), value), 0, 1_000_000);
                case "--https-port" -> httpsPort = number(option, once(option, text(httpsPort), value), 1, 65535);
                case "--http-port" -> httpPort = number(option, once(option, text(httpPort), value), 1, 65535);
                default -> seed = (long) number(option, once(option, text(seed), value), 0, Integer.MAX_VALUE);
            }
        }
        if (targets.isEmpty() && fromFile == null && model == null) {
            throw new UsageException("discover needs an address or a domain, e.g. emw discover alice@contoso.com,"
                    + " or --from-file FILE, or --model MODEL for the model's mail domains");
        }
        if (!targets.isEmpty() && fromFile != null) {
            throw new UsageException("discover takes addresses on the command line or --from-file, not both");
        }
        boolean json = json(format);
        DiscoverySettings settings = DiscoverySettings.DEFAULTS.withDnsServers(servers).withHttp(http)
                .withTrustAnchors(trustAnchor).withTrust(trustStore, true).withSrvSeed(seed);
        if (timeout != null || retries != null) {
            settings = settings.withDnsTimeout(timeout == null ? settings.dnsTimeout() : Duration.ofSeconds(timeout),
                    retries == null ? settings.dnsRetries() : retries);
        }
        if (httpsPort != null || httpPort != null) {
            settings = settings.withPorts(httpsPort == null ? settings.httpsPort() : httpsPort,
                    httpPort == null ? settings.httpPort() : httpPort);
        }
        if (fromFile == null && (concurrency != null || rate != null || trace)) {
            throw new UsageException("--concurrency, --rate and --trace apply to bulk mode; add --from-file FILE"
                    + " (a single discovery always shows the whole trace)");
        }
        return new DiscoverArguments(targets, fromFile, model, json, settings,
                concurrency == null ? DEFAULT_CONCURRENCY : concurrency, rate == null ? DEFAULT_RATE : rate, trace);
    }

    private static InetSocketAddress server(String value) throws UsageException {
        try {
            return DiscoverySettings.address(DnsServer.parse(value));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dns-server " + value + ": " + e.getMessage());
        }
    }

    private static boolean json(String format) throws UsageException {
        if (format == null || format.equals("text")) {
            return false;
        }
        if (format.equals("json")) {
            return true;
        }
        throw new UsageException("--format " + format + ": discover writes text or json");
    }

    private static String text(Object previous) {
        return previous == null ? null : previous.toString();
    }

    private static String once(String option, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException(option + " is given twice ('" + previous + "' and '" + value + "'); give it once");
        }
        return value;
    }

    /** @return the file, checked to be a readable regular file; shared with the directory options */
    static Path readable(String option, String file) throws UsageException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " " + file + ": not a valid path (" + e.getReason() + ")");
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + " " + file + ": no such file; check the name");
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(option + " " + file + ": the file is not readable");
        }
        return path;
    }

    private static int number(String option, String text, int min, int max) throws UsageException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new UsageException(option + " " + text + ": expected a whole number from " + min + " to " + max);
    }
}
