/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.cli.internal.CommandLine;
import org.emworkbench.validation.RuleRegistry;

/**
 * Runs one {@code emw} command line in the test runtime and keeps what it
 * printed.
 *
 * @param exit   the exit code
 * @param stdout what went to stdout
 * @param stderr what went to stderr
 */
record Emw(int exit, String stdout, String stderr) {

    /**
     * @param arguments the command line
     * @return the result, with the rules of the running platform
     */
    static Emw run(String... arguments) {
        return run(RuleRegistry::fromPlatform, arguments);
    }

    /**
     * @param rules     the rules to validate with
     * @param arguments the command line
     * @return the result
     */
    static Emw run(Supplier<RuleRegistry> rules, String... arguments) {
        return run(rules, ProviderRegistry::fromPlatform, arguments);
    }

    /**
     * @param providers the autodiscovery providers to discover with
     * @param arguments the command line
     * @return the result, with the rules of the running platform
     */
    static Emw discover(ProviderRegistry providers, String... arguments) {
        return run(RuleRegistry::fromPlatform, () -> providers, arguments);
    }

    /**
     * @param environment the process environment the command sees instead of the real one, e.g. a bind password
     * @param arguments   the command line
     * @return the result, with the rules and providers of the running platform
     */
    static Emw withEnvironment(Map<String, String> environment, String... arguments) {
        return run(RuleRegistry::fromPlatform, ProviderRegistry::fromPlatform, environment::get, arguments);
    }

    private static Emw run(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers, String... arguments) {
        return run(rules, providers, System::getenv, arguments);
    }

    private static Emw run(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers,
            UnaryOperator<String> environment, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(rules, providers, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(arguments);
        return new Emw(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return a description for assertion messages */
    String describe() {
        return "exit " + exit + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
    }
}
