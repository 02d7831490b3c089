/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emworkbench.cli.internal.report.ReportFormat;
import org.emworkbench.validation.settings.DnsServer;

/**
 * The arguments of {@code emw validate}, checked before any model is read: an
 * unknown option or format, a missing value, or an output file that cannot be
 * written is a {@link UsageException}.
 *
 * @param models   the model files, as typed
 * @param disabled ids of rules switched off with {@code --disable}
 * @param format   the report format ({@code --format}, default text)
 * @param output   where the report goes ({@code --output}), or {@code null} for stdout
 * @param online   whether online rules run ({@code --online})
 * @param dnsServers the DNS servers online rules ask ({@code --dns-server}); empty for the system's
 * @param directory how online rules reach the directory ({@code --ldap-url}, {@code --bind-dn}, …)
 * @param sandbox  whether online rules ask the sandbox's servers, started for each model ({@code --sandbox})
 */
record ValidateArguments(List<String> models, Set<String> disabled, ReportFormat format, Path output,
        boolean online, List<DnsServer> dnsServers, DirectoryOptions directory, boolean sandbox) {

    private static final String OPTIONS = "--format text|json|sarif|junit, --output FILE, --online, --sandbox, --disable RULE, "
            + "--dns-server HOST:PORT, " + DirectoryOptions.LIST;
    private static final Map<String, String> EXAMPLES = Map.of(
            "--dns-server", "a DNS server for the online rules, e.g. --dns-server 127.0.0.1:5353",
            "--disable", "a rule id, e.g. --disable SSO-002",
            "--format", "a format: --format text|json|sarif|junit",
            "--output", "a file, e.g. --output target/emw-report.sarif");

    private static final OptionReader READER = new OptionReader("validate", OPTIONS,
            Set.of("--online", "--sandbox", DirectoryOptions.START_TLS), EXAMPLES, DirectoryOptions.EXAMPLES);

    /** Copies the collections. */
    ValidateArguments {
        models = List.copyOf(models);
        disabled = Set.copyOf(disabled);
        dnsServers = List.copyOf(dnsServers);
    }

    /**
     * @param arguments the words after {@code validate}
     * @return the parsed arguments
     * @throws UsageException with what to type instead
     */
    static ValidateArguments parse(List<String> arguments) throws UsageException {
        Reading reading = new Reading();
        List<String> models = READER.read(arguments, reading);
        boolean online = reading.online;
        boolean sandbox = reading.sandbox;
        List<DnsServer> dnsServers = reading.dnsServers;
        if (models.isEmpty()) {
            throw new UsageException(
                    "validate needs at least one model file, e.g. emw validate examples/contoso/contoso.emw");
        }
        if (!dnsServers.isEmpty() && !online) {
            throw new UsageException("--dns-server is for the online rules; add --online");
        }
        DirectoryOptions directoryOptions = reading.directory.done();
        if (directoryOptions.given() && !online) {
            throw new UsageException("--ldap-url, --bind-dn and the other directory options are for the online rules;"
                    + " add --online");
        }
        if (sandbox && !online) {
            throw new UsageException("--sandbox is for the online rules; add --online");
        }
        if (sandbox && (!dnsServers.isEmpty() || directoryOptions.given())) {
            throw new UsageException("--sandbox answers from each model with its own DNS and directory; leave out"
                    + " --dns-server and the directory options");
        }
        return new ValidateArguments(models, reading.disabled, format(reading.format), output(reading.output), online,
                dnsServers, directoryOptions, sandbox);
    }

    /** What the options say, as they are read. */
    private static final class Reading implements OptionReader.Handler {
        private final Set<String> disabled = new LinkedHashSet<>();
        private String format;
        private String output;
        private boolean online;
        private boolean sandbox;
        private final List<DnsServer> dnsServers = new ArrayList<>();
        private final DirectoryOptions.Parser directory = new DirectoryOptions.Parser();

        @Override
        public void accept(String option, String value) throws UsageException {
            switch (option) {
                case "--online" -> online = true;
                case "--sandbox" -> sandbox = true;
                case DirectoryOptions.START_TLS -> directory.startTls();
                case "--disable" -> disabled.add(value);
                case "--dns-server" -> dnsServers.add(dnsServer(value));
                case "--format" -> format = once(option, format, value);
                case "--output" -> output = once(option, output, value);
                default -> directory.value(option, value);
            }
        }
    }

    /** Reads a {@code --dns-server} value; shared with simulate. */
    static DnsServer dnsServer(String value) throws UsageException {
        try {
            return DnsServer.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dns-server " + value + ": " + e.getMessage());
        }
    }

    /**
     * @param command the command, for the message
     * @param format  a {@code --format} value, or {@code null}
     * @return whether it asks for JSON rather than text
     * @throws UsageException for any other format
     */
    static boolean textOrJson(String command, String format) throws UsageException {
        if (format == null || format.equals("text")) {
            return false;
        }
        if (format.equals("json")) {
            return true;
        }
        throw new UsageException("--format " + format + ": " + command + " writes text or json");
    }

    /** Refuses an option given twice, naming both values; shared with ldap-preview's own options. */
    static String once(String option, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException(option + " is given twice ('" + previous + "' and '" + value + "'); give it once");
        }
        return value;
    }

    private static ReportFormat format(String label) throws UsageException {
        if (label == null) {
            return ReportFormat.TEXT;
        }
        try {
            return ReportFormat.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format " + label + ": " + e.getMessage());
        }
    }

    /** Refuses, before any work, an output that can never be written. */
    private static Path output(String file) throws UsageException {
        if (file == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("--output " + file + ": not a valid path (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new UsageException("--output " + file + " is a folder; name a file in it, e.g. "
                    + path.resolve("emw-report.txt"));
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--output " + file + ": the folder " + folder + " does not exist; create it first");
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException("--output " + file + ": the folder " + folder + " is not writable; choose another");
        }
        return path;
    }
}
