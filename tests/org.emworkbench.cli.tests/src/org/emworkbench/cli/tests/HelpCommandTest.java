/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** emw help, emw help COMMAND, emw COMMAND --help, and the usage printed for no command at all. */
class HelpCommandTest extends CommandLineTestCase {

    private static final List<String> COMMANDS = List.of("validate", "fix", "import-mdx", "discover",
            "ldap-preview", "diff", "export", "import-rest", "simulate", "gui", "help");

    @Test
    void theOverviewListsEveryCommandWithItsSynopsisAndTheExitCodes() {
        assertEquals(0, run("help"));
        for (String command : COMMANDS) {
            assertTrue(stdout().contains("\n  " + command + " "), command + " in\n" + stdout());
        }
        assertTrue(stdout().contains("run 'emw help COMMAND'"), stdout());
        assertTrue(stdout().contains("exit codes: 0 ok, 1 findings"), stdout());
        assertEquals("", stderr());
    }

    @TestFactory
    Stream<DynamicTest> eachCommandHasItsOwnHelpBothWays() {
        return COMMANDS.stream().map(command -> DynamicTest.dynamicTest(command, () -> {
            assertEquals(0, run("help", command));
            String help = stdout();
            assertTrue(help.startsWith("usage: emw " + command), help);
            assertTrue(help.contains("exit codes:"), help);

            assertEquals(0, run(command, "--help"));
            assertEquals(help, stdout(), "emw " + command + " --help says what emw help " + command + " says");
        }));
    }

    @Test
    void theHelpOfACommandDescribesItsOptions() {
        assertEquals(0, run("help", "ldap-preview"));
        for (String option : List.of("--ldap-url", "--password-env", "--group", "--delivery-group", "DIR-001")) {
            assertTrue(stdout().contains(option), option + " in\n" + stdout());
        }
    }

    @Test
    void anUnknownCommandInHelpIsUnusableInputListingTheCommands() {
        assertEquals(2, run("help", "frobnicate"));
        assertTrue(stderr().contains("help: no command 'frobnicate'; the commands are validate, fix"), stderr());
    }

    @Test
    void noCommandAtAllPrintsTheOverviewOnStderrAndExitsTwo() {
        assertEquals(2, run());
        assertTrue(stderr().startsWith("usage: emw COMMAND"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void theVersionIsOneLine() {
        assertEquals(0, run("--version"));
        assertTrue(stdout().matches("emw \\S+\n"), stdout());
    }
}
