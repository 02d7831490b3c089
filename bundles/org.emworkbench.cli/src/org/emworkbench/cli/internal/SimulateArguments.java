/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emworkbench.validation.settings.DnsServer;

/**
 * The arguments of {@code emw simulate}, checked before the model is read.
 *
 * @param model      the model file, as typed
 * @param user       the user's email address ({@code --user})
 * @param dnsServers the DNS servers to ask ({@code --dns-server}); empty for the system's
 * @param noHttp     whether the HTTPS part of step 4 is left out ({@code --no-http})
 * @param sandbox    whether the sandbox's servers answer instead ({@code --sandbox})
 * @param json       whether the output is JSON ({@code --format json})
 * @param directory  how to reach the directory ({@code --ldap-url}, {@code --bind-dn}, …)
 */
record SimulateArguments(String model, String user, List<DnsServer> dnsServers, boolean noHttp, boolean sandbox,
        boolean json, DirectoryOptions directory) {

    private static final String OPTIONS = "--user ADDRESS, --dns-server HOST:PORT, --no-http, --sandbox, "
            + "--format text|json, " + DirectoryOptions.LIST;

    private static final Map<String, String> EXAMPLES = Map.of(
            "--user", "the user's email address, e.g. --user megan.bowen@contoso.com",
            "--dns-server", "a DNS server, e.g. --dns-server 127.0.0.1:5353",
            "--format", "a format: --format text|json");

    private static final OptionReader READER = new OptionReader("simulate", OPTIONS,
            Set.of("--no-http", "--sandbox", DirectoryOptions.START_TLS), EXAMPLES, DirectoryOptions.EXAMPLES);

    /** Copies the list. */
    SimulateArguments {
        dnsServers = List.copyOf(dnsServers);
    }

    /**
     * @param arguments the words after {@code simulate}
     * @return the parsed arguments
     * @throws UsageException with what to type instead
     */
    static SimulateArguments parse(List<String> arguments) throws UsageException {
        Reading reading = new Reading();
        List<String> models = READER.read(arguments, reading);
        String user = reading.user;
        boolean sandbox = reading.sandbox;
        List<DnsServer> dnsServers = reading.dnsServers;
        if (models.size() != 1) {
            throw new UsageException(models.isEmpty()
                    ? "simulate needs a model file, e.g. emw simulate examples/contoso/contoso.emw"
                            + " --user megan.bowen@contoso.com --sandbox"
                    : "simulate takes one model file, not " + models.size() + " (" + String.join(", ", models) + ")");
        }
        if (user == null) {
            throw new UsageException("simulate needs --user ADDRESS, the email address the user enrolls with, e.g."
                    + " --user megan.bowen@contoso.com");
        }
        DirectoryOptions directoryOptions = reading.directory.done();
        if (sandbox && (!dnsServers.isEmpty() || directoryOptions.given())) {
            throw new UsageException("--sandbox answers from the model with its own DNS and directory; leave out"
                    + " --dns-server and the directory options, or leave out --sandbox to ask those servers");
        }
        return new SimulateArguments(models.get(0), user, dnsServers, reading.noHttp, sandbox,
                ValidateArguments.textOrJson("simulate", reading.format), directoryOptions);
    }

    /** What the options say, as they are read. */
    private static final class Reading implements OptionReader.Handler {
        private String user;
        private String format;
        private boolean noHttp;
        private boolean sandbox;
        private final List<DnsServer> dnsServers = new ArrayList<>();
        private final DirectoryOptions.Parser directory = new DirectoryOptions.Parser();

        @Override
        public void accept(String option, String value) throws UsageException {
            switch (option) {
                case "--no-http" -> noHttp = true;
                case "--sandbox" -> sandbox = true;
                case DirectoryOptions.START_TLS -> directory.startTls();
                case "--user" -> user = ValidateArguments.once(option, user, value.strip());
                case "--format" -> format = ValidateArguments.once(option, format, value.strip());
                case "--dns-server" -> dnsServers.add(ValidateArguments.dnsServer(value));
                default -> directory.value(option, value);
            }
        }
    }
}
