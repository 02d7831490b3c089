/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a command's words the way every {@code emw} command takes them:
 * options with a value ({@code --name VALUE} or {@code --name=VALUE}), flags
 * ({@code --name}, which refuse a value), and everything else as operands (a
 * lone {@code -} included). The messages for a flag given a value, an option
 * without one and an unknown option are the same for every command.
 */
final class OptionReader {

    /** Receives each option or flag in the order typed. */
    interface Handler {
        /**
         * @param option the option's name, e.g. {@code --user}
         * @param value  its value; {@code null} for a flag
         * @throws UsageException when the value is not acceptable
         */
        void accept(String option, String value) throws UsageException;
    }

    private final String command;
    private final String known;
    private final Set<String> flags;
    private final Map<String, String> examples = new HashMap<>();

    /**
     * @param command  the command's name, for messages
     * @param known    the options the command knows, as listed in the message for an unknown one
     * @param flags    the options that take no value
     * @param examples for each option that takes a value, what to write, e.g. "a file, e.g. --output report.sarif";
     *                 several maps may be given, e.g. the command's own and the directory options
     */
    @SafeVarargs
    OptionReader(String command, String known, Set<String> flags, Map<String, String>... examples) {
        this.command = command;
        this.known = known;
        this.flags = Set.copyOf(flags);
        for (Map<String, String> some : examples) {
            this.examples.putAll(some);
        }
    }

    /**
     * @param arguments the words after the command
     * @param handler   receives the options and flags
     * @return the operands, in order
     * @throws UsageException for a flag with a value, an option without one, an unknown option, or what the handler
     *                        refuses
     */
    List<String> read(List<String> arguments, Handler handler) throws UsageException {
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            boolean inline = argument.startsWith("--") && equals > 0;
            String option = inline ? argument.substring(0, equals) : argument;
            if (flags.contains(option)) {
                if (inline) {
                    throw new UsageException(option + " takes no value; write just " + option);
                }
                handler.accept(option, null);
            } else if (examples.containsKey(option)) {
                String value = inline ? argument.substring(equals + 1)
                        : i + 1 < arguments.size() ? arguments.get(++i) : "";
                if (value.isBlank()) {
                    throw new UsageException(option + " needs " + examples.get(option));
                }
                handler.accept(option, value);
            } else if (argument.startsWith("-") && !argument.equals("-")) {
                throw new UsageException(command + ": unknown option '" + argument + "'; this version knows " + known
                        + " (see 'emw help " + command + "')");
            } else {
                operands.add(argument);
            }
        }
        return operands;
    }
}
