/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emw validate} on files that are not usable models: exit 2, the file and line on stderr. */
class ValidateUnusableModelTest extends CommandLineTestCase {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:deployment="http://www.emworkbench.org/deployment/1.0" name="Contoso">
            """;
    private static final String END = "</deployment:Deployment>\n";

    @TempDir
    Path folder;

    @Test
    void aTruncatedFileExitsTwoWithItsLine() throws Exception {
        Path model = write("truncated.emw", HEADER + "  <server fqdn=\"emm.contoso.com\">\n    <clientProp");

        assertEquals(2, run("validate", model.toString()), stderr());

        assertNamesLine(model, 4);
        assertTrue(stderr().contains("cut off"), stderr());
    }

    @Test
    void aWrongNamespaceExitsTwoWithItsLine() throws Exception {
        Path model = write("namespace.emw", HEADER.replace("deployment/1.0", "inventory/1.0") + END);

        assertEquals(2, run("validate", model.toString()), stderr());

        assertNamesLine(model, 2);
        assertTrue(stderr().contains("http://www.emworkbench.org/deployment/1.0"), stderr());
    }

    @Test
    void anUnknownClassExitsTwoWithItsLine() throws Exception {
        Path model = write("class.emw",
                HEADER + "  <server xsi:type=\"deployment:MobileIronServer\" fqdn=\"a\"/>\n" + END);

        assertEquals(2, run("validate", model.toString()), stderr());

        assertNamesLine(model, 3);
        assertTrue(stderr().contains("MobileIronServer"), stderr());
    }

    @Test
    void aVersionThatIsNotAVersionExitsTwoWithItsLine() throws Exception {
        Path model = write("version.emw", HEADER + "\n  <server fqdn=\"emm.contoso.com\" version=\"ten\"/>\n" + END);

        assertEquals(2, run("validate", model.toString()), stderr());

        assertNamesLine(model, 4);
        assertTrue(stderr().contains("dotted numbers"), stderr());
    }

    @Test
    void aPasswordInACredentialFieldExitsTwoWithItsLineAndIsNeverPrinted() throws Exception {
        String password = "S3cure-Mail-Passw0rd!";
        Path model = write("password.emw", HEADER + "  <directory>\n"
                + "    <ldapServers host=\"dc1.contoso.com\" port=\"636\"\n"
                + "        bindCredential=\"" + password + "\"/>\n"
                + "  </directory>\n" + END);

        assertEquals(2, run("validate", model.toString()), stderr());

        assertNamesLine(model, 5);
        assertTrue(stderr().contains("bindCredential") && stderr().contains("env:VARIABLE"), stderr());
        assertFalse(stderr().contains("S3cure"), stderr());
        assertFalse(stdout().contains("S3cure"), stdout());
    }

    private void assertNamesLine(Path model, int line) {
        assertTrue(Pattern.compile("(?m)^emw: " + Pattern.quote(model.toString()) + ":" + line + ":(\\d+:)? \\S")
                .matcher(stderr()).find(), stderr());
        assertEquals("", stdout());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }

}
