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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emw validate} with the rules of the running platform, on real files. */
class ValidateCommandTest extends CommandLineTestCase {

    @TempDir
    Path folder;

    @Test
    void theGoodExampleExitsZeroAndPrintsNoFinding() {
        int exit = run("validate", Examples.file("contoso/contoso.emw").toString());

        assertEquals(0, exit, stderr());
        assertEquals("", stdout());
        assertTrue(stderr().contains("0 errors, 0 warnings, 0 infos in 1 model"), stderr());
    }

    @Test
    void theBrokenExampleExitsOneNamingTheRuleAndTheObject() {
        String model = Examples.file("contoso/broken-passcode-auth.emw").toString();

        int exit = run("validate", model);

        assertEquals(1, exit, stderr());
        String line = stdout().strip();
        assertTrue(line.startsWith(model + ": error SSO-002 /server/clientProperties[ENABLE_PASSCODE_AUTH]: "), line);
        assertEquals(1, stdout().lines().count(), stdout());
    }

    @Test
    void warningsAloneExitZero() {
        String model = Examples.file("contoso/broken-boolean-spelling.emw").toString();

        int exit = run("validate", model);

        assertEquals(0, exit, stderr());
        assertEquals(model + ": warning SSO-016 /server/clientProperties[ENABLE_PASSWORD_CACHING]: "
                + "ENABLE_PASSWORD_CACHING is \"TRUE\", but booleans are written exactly true or false; "
                + "set the client property's value to true", stdout().strip());
        assertTrue(stderr().contains("0 errors, 1 warning, 0 infos in 1 model"), stderr());
    }

    @Test
    void aFindingCanHaveALowerSeverityThanItsRule() {
        String model = Examples.file("contoso/broken-mam-macro-support.emw").toString();

        int exit = run("validate", model);

        assertEquals(1, exit, stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(2, lines.size(), stdout());
        assertTrue(lines.get(0).startsWith(model + ": error SSO-007 /server: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(model + ": info SSO-007 /server: "), lines.get(1));
    }

    @Test
    void aDisabledRuleIsNotRun() {
        int exit = run("validate", Examples.file("contoso/broken-passcode-auth.emw").toString(), "--disable", "SSO-002");

        assertEquals(0, exit, stderr());
    }

    @Test
    void disablingAnUnknownRuleIsUnusableInput() {
        int exit = run("validate", Examples.file("contoso/contoso.emw").toString(), "--disable", "NOPE-1");

        assertEquals(2, exit);
        assertTrue(stderr().contains("NOPE-1") && stderr().contains("SSO-002"), stderr());
    }

    @Test
    void aMissingFileExitsTwoNamingIt() {
        String missing = folder.resolve("missing.emw").toString();

        int exit = run("validate", missing);

        assertEquals(2, exit);
        assertTrue(stderr().contains(missing + ": no such file"), stderr());
    }

    @Test
    void aMalformedFileExitsTwoWithLineAndColumn() throws Exception {
        Path malformed = Files.writeString(folder.resolve("malformed.emw"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:deployment="http://www.emworkbench.org/deployment/1.0">
                  <server fqdn="a"
                </deployment:Deployment>
                """);

        int exit = run("validate", malformed.toString());

        assertEquals(2, exit);
        assertTrue(stderr().matches("(?s).*" + java.util.regex.Pattern.quote(malformed.toString()) + ":4:\\d+: .*"),
                stderr());
    }

    @Test
    void oneUnusableFileAmongGoodOnesStillExitsTwoAfterValidatingTheOthers() {
        String broken = Examples.file("contoso/broken-passcode-auth.emw").toString();

        int exit = run("validate", broken, folder.resolve("missing.emw").toString());

        assertEquals(2, exit);
        assertTrue(stdout().contains("SSO-002"), "the readable model was still validated: " + stdout());
    }

    @Test
    void noModelIsUnusableInput() {
        assertEquals(2, run("validate"));
        assertTrue(stderr().contains("at least one model"), stderr());
    }

    @Test
    void anUnknownCommandIsUnusableInput() {
        assertEquals(2, run("frobnicate"));
        assertTrue(stderr().contains("unknown command 'frobnicate'"), stderr());
    }

    @Test
    void helpListsValidate() {
        assertEquals(0, run("help"));
        assertTrue(stdout().contains("validate MODEL"), stdout());
    }

}
