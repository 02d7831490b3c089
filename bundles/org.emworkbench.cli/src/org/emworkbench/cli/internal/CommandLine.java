/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.internal.registry.BuiltInProviders;
import org.emworkbench.validation.RuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Dispatches an {@code emw} command line to its command. Results go to
 * {@code out}, progress and errors to {@code err}; the return value is the
 * process exit code (see {@link ExitCode}).
 */
public final class CommandLine {

    private final Supplier<RuleRegistry> rules;
    private final Supplier<ProviderRegistry> providers;
    private final UnaryOperator<String> environment;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param rules supplies the validation rules, asked only by commands that validate
     * @param out   where results go
     * @param err   where progress and errors go
     */
    public CommandLine(Supplier<RuleRegistry> rules, PrintStream out, PrintStream err) {
        this(rules, BuiltInProviders::new, out, err);
    }

    /**
     * @param rules     supplies the validation rules, asked only by commands that validate
     * @param providers supplies the autodiscovery providers, asked only by {@code discover}
     * @param out       where results go
     * @param err       where progress and errors go
     */
    public CommandLine(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers, PrintStream out,
            PrintStream err) {
        this(rules, providers, System::getenv, out, err);
    }

    /**
     * @param rules       supplies the validation rules, asked only by commands that validate
     * @param providers   supplies the autodiscovery providers, asked only by {@code discover}
     * @param environment the process environment, variable name to value ({@code null} when unset); bind
     *                    passwords named by {@code env:} references are read from it
     * @param out         where results go
     * @param err         where progress and errors go
     */
    public CommandLine(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers,
            UnaryOperator<String> environment, PrintStream out, PrintStream err) {
        this.rules = rules;
        this.providers = providers;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /**
     * @param arguments the command line, without the program name
     * @return the exit code
     */
    public int run(String... arguments) {
        List<String> words = Arrays.asList(arguments);
        if (words.isEmpty()) {
            err.print(CommandHelp.overview());
            return ExitCode.UNUSABLE_INPUT;
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if ((rest.contains("--help") || rest.contains("-h")) && CommandHelp.of(command).isPresent()) {
            out.print(CommandHelp.of(command).get());
            return ExitCode.OK;
        }
        try {
            return switch (command) {
                case "validate" -> new ValidateCommand(rules, environment, out, err).run(rest);
                case "import-mdx" -> new ImportMdxCommand(out, err).run(rest);
                case "fix" -> new FixCommand(rules, out, err).run(rest);
                case "discover" -> new DiscoverCommand(providers, out, err).run(rest);
                case "ldap-preview" -> new LdapPreviewCommand(environment, out, err).run(rest);
                case "diff" -> new DiffCommand(out, err).run(rest);
                case "export" -> new ExportCommand(rules, out, err).run(rest);
                case "import-rest" -> new ImportRestCommand(out, err).run(rest);
                case "simulate" -> new SimulateCommand(rules, providers, environment, out, err).run(rest);
                case "help", "-h", "--help" -> help(rest);
                case "--version", "version" -> version();
                case "gui" -> throw new UsageException(
                        "'gui' starts the workbench product; run it through the emw script: ./emw gui");
                default -> throw new UsageException("unknown command '" + command + "'; run 'emw help' for the list");
            };
        } catch (UsageException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.UNUSABLE_INPUT;
        }
    }

    private int help(List<String> commands) throws UsageException {
        if (commands.isEmpty()) {
            out.print(CommandHelp.overview());
            return ExitCode.OK;
        }
        if (commands.size() > 1) {
            throw new UsageException("help takes one command, e.g. emw help validate");
        }
        String name = commands.get(0);
        out.print(CommandHelp.of(name).orElseThrow(() -> new UsageException("help: no command '" + name
                + "'; the commands are " + String.join(", ", CommandHelp.names()))));
        return ExitCode.OK;
    }

    private int version() {
        out.println("emw " + toolVersion());
        return ExitCode.OK;
    }

    /** @return the version of the {@code org.emworkbench.cli} bundle, or a note that there is none */
    static String toolVersion() {
        Bundle bundle = FrameworkUtil.getBundle(CommandLine.class);
        return bundle == null ? "(development build)" : bundle.getVersion().toString();
    }
}
