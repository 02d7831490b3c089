/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emworkbench.autodiscovery.internal.registry.BuiltInProviders;
import org.emworkbench.cli.internal.CommandLine;

/**
 * The warm half of releng/bench/discover-bench: {@code emw discover --from-file} run in one long-lived
 * JVM, as plain Java on the headless product's jars (the command's code needs no OSGi), so that the rate
 * it reports is the code's and not the JVM's start-up and compilation. Each emw round is a whole command
 * run with its own answer cache and sockets, exactly as one {@code emw} invocation would be; rounds
 * alternate with dnsperf asking the same server the same SRV questions, so both share the machine's load.
 *
 * <pre>
 * java -cp 'PRODUCT/plugins/*' releng/bench/DiscoverWarmBench.java HOST:PORT DOMAINS QUERIES WARMUPS ROUNDS OUT WORK
 * </pre>
 *
 * Prints one line per measured round, {@code dnsperfQps emwDomainsPerSecond}, to OUT.
 */
public final class DiscoverWarmBench {

    private static final Pattern EMW_RATE = Pattern.compile("targets in [0-9.]+ s \\(([0-9]+)/s\\)");
    private static final Pattern DNSPERF_RATE = Pattern.compile("Queries per second:\\s*([0-9.]+)");

    private DiscoverWarmBench() {
    }

    public static void main(String[] args) throws Exception {
        String server = args[0];
        Path domains = Path.of(args[1]);
        Path queries = Path.of(args[2]);
        int warmups = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Path work = Path.of(args[6]);
        for (int round = 1; round <= warmups; round++) {
            System.err.printf(Locale.ROOT, "warm-up %d: emw %.0f domains/s%n", round, emw(server, domains, work));
        }
        List<String> rows = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double native_ = dnsperf(server, queries);
            double ours = emw(server, domains, work);
            System.err.printf(Locale.ROOT, "warm round %d: dnsperf %.0f queries/s; emw %.0f domains/s%n", round, native_,
                    ours);
            rows.add(String.format(Locale.ROOT, "%.0f %.0f", native_, ours));
        }
        Files.write(out, rows);
    }

    private static double emw(String server, Path domains, Path work) throws IOException {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int exit;
        try (PrintStream lines = new PrintStream(new FileOutputStream(work.resolve("warm-out.jsonl").toFile()), true,
                StandardCharsets.UTF_8); PrintStream err = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            exit = new CommandLine(() -> {
                throw new IllegalStateException("discover needs no rules");
            }, BuiltInProviders::new, lines, err).run("discover", "--from-file", domains.toString(), "--no-http",
                    "--dns-server", server, "--rate", "0", "--concurrency", "64");
        }
        String report = progress.toString(StandardCharsets.UTF_8);
        Matcher rate = EMW_RATE.matcher(report);
        if (exit > 1 || !rate.find()) {
            throw new IllegalStateException("emw discover ended with " + exit + ":\n" + report);
        }
        return Double.parseDouble(rate.group(1));
    }

    private static double dnsperf(String server, Path queries) throws IOException, InterruptedException {
        int colon = server.lastIndexOf(':');
        Process process = new ProcessBuilder("dnsperf", "-s", server.substring(0, colon), "-p",
                server.substring(colon + 1), "-d", queries.toString(), "-q", "64", "-n", "1").redirectErrorStream(true)
                .start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher rate = DNSPERF_RATE.matcher(report);
        if (!rate.find()) {
            throw new IllegalStateException("dnsperf printed no rate:\n" + report);
        }
        return Double.parseDouble(rate.group(1));
    }
}
