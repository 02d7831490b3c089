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
        List<String> models = new ArrayList<>();
        String user = null;
        String format = null;
        boolean noHttp = false;
        boolean sandbox = false;
        List<DnsServer> dnsServers = new ArrayList<>();
        DirectoryOptions.Parser directory = new DirectoryOptions.Parser();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            boolean inline = argument.startsWith("--") && equals > 0;
            String option = inline ? argument.substring(0, equals) : argument;
            if (option.equals(DirectoryOptions.START_TLS) || option.equals("--no-http")
                    || option.equals("--sandbox")) {
                if (inline) {
                    throw new UsageException(option + " takes no value; write just " + option);
                }
                switch (option) {
                    case "--no-http" -> noHttp = true;
                    case "--sandbox" -> sandbox = true;
                    default -> directory.startTls();
                }
                continue;
            }
            boolean own = EXAMPLES.containsKey(option);
            if (!own && !DirectoryOptions.EXAMPLES.containsKey(option)) {
                if (argument.startsWith("-") && !argument.equals("-")) {
                    throw new UsageException("simulate: unknown option '" + argument + "'; this version knows "
                            + OPTIONS + " (see 'emw help')");
                }
                models.add(argument);
                continue;
            }
            String value = inline ? argument.substring(equals + 1)
                    : i + 1 < arguments.size() ? arguments.get(++i) : "";
            if (value.isBlank()) {
                throw new UsageException(option + " needs "
                        + (own ? EXAMPLES.get(option) : DirectoryOptions.EXAMPLES.get(option)));
            }
            switch (option) {
                case "--user" -> user = ValidateArguments.once(option, user, value.strip());
                case "--format" -> format = ValidateArguments.once(option, format, value.strip());
                case "--dns-server" -> dnsServers.add(ValidateArguments.dnsServer(value));
                default -> directory.value(option, value);
            }
        }
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
        DirectoryOptions directoryOptions = directory.done();
        if (sandbox && (!dnsServers.isEmpty() || directoryOptions.given())) {
            throw new UsageException("--sandbox answers from the model with its own DNS and directory; leave out"
                    + " --dns-server and the directory options, or leave out --sandbox to ask those servers");
        }
        return new SimulateArguments(models.get(0), user, dnsServers, noHttp, sandbox, ValidateArguments.textOrJson("simulate", format),
                directoryOptions);
    }
}
