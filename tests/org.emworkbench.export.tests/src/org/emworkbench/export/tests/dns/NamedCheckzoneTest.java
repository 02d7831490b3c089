/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.emworkbench.export.ExportedFile;
import org.emworkbench.export.internal.dns.DnsZoneFormat;
import org.emworkbench.export.tests.Golden;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's {@code named-checkzone} accepts every dns-zone file of every
 * example, wrapped in a minimal zone (SOA, NS, and an address for each
 * in-zone SRV target, as the customer's zone has), with every check that
 * concerns the exported records set to fail.
 */
class NamedCheckzoneTest {

    private static final Path CHECKZONE = Stream.of("/usr/bin/named-checkzone", "/usr/sbin/named-checkzone")
            .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    private static final Pattern SRV = Pattern.compile("IN SRV \\d+ \\d+ \\d+ (\\S+)\\.$", Pattern.MULTILINE);

    static Stream<String> examples() {
        return Examples.all().stream().filter(path -> path.getParent().getFileName().toString().equals("contoso"))
                .map(path -> "contoso/" + path.getFileName());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void namedAcceptsEveryZoneFile(String example, @TempDir Path folder) throws Exception {
        assumeTrue(CHECKZONE != null, "named-checkzone is not installed (apt-get install bind9-utils)");
        List<ExportedFile> files = Golden.render(Golden.example(example), new DnsZoneFormat());
        assertFalse(files.isEmpty(), "the example has mail domains, so there are zone files");
        for (ExportedFile file : files) {
            String domain = file.path().substring(DnsZoneFormat.ID.length() + 1,
                    file.path().length() - ".zone".length());
            Path zone = folder.resolve(domain + ".db");
            Files.writeString(zone, wrap(domain, file.text()), StandardCharsets.UTF_8);
            List<String> command = List.of(CHECKZONE.toString(), "-k", "fail", "-m", "fail", "-M", "fail", "-n",
                    "fail", "-r", "fail", "-S", "fail", "-i", "local", domain, zone.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "named-checkzone did not finish");
            assertEquals(0, process.exitValue(), example + " " + file.path() + ":\n" + file.text()
                    + "\nnamed-checkzone said:\n" + output);
        }
    }

    private static String wrap(String domain, String records) {
        StringBuilder zone = new StringBuilder();
        zone.append("$TTL 300\n");
        zone.append(domain).append(". IN SOA ns.example.net. hostmaster.example.net. 1 3600 600 86400 300\n");
        zone.append(domain).append(". IN NS ns.example.net.\n");
        Set<String> targets = new LinkedHashSet<>();
        Matcher srv = SRV.matcher(records);
        while (srv.find()) {
            targets.add(srv.group(1));
        }
        List<String> inZone = new ArrayList<>();
        for (String target : targets) {
            if (target.equals(domain) || target.endsWith("." + domain)) {
                inZone.add(target);
            }
        }
        for (String target : inZone) {
            zone.append(target).append(". IN A 192.0.2.1\n");
        }
        return zone.append(records).toString();
    }
}
