/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.emworkbench.tests.support.Examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code emw fix} on copies of the examples. */
class FixCommandTest extends CommandLineTestCase {

    @TempDir
    Path folder;

    @Test
    void aFixableFindingIsFixedSavedAndTheOldVersionKept() throws Exception {
        Path model = copy("broken-passcode-auth.emw");
        byte[] before = Files.readAllBytes(model);

        int exit = run("fix", model.toString());

        assertEquals(0, exit, stderr());
        assertTrue(stdout().contains(model + ": fixed SSO-002 /server/clientProperties[ENABLE_PASSCODE_AUTH]: "
                + "set ENABLE_PASSCODE_AUTH to true"), stdout());
        assertTrue(Files.readString(model).contains("key=\"ENABLE_PASSCODE_AUTH\" value=\"true\""));
        assertArrayEquals(before, Files.readAllBytes(Path.of(model + ".bak")), "the previous version is the backup");
                assertEquals(0, run("validate", model.toString()), "the fixed model validates: " + stdout());
    }

    @TestFactory
    Stream<DynamicTest> everyMechanicallyFixableExampleBecomesClean() {
        return Stream.of("broken-passcode-auth", "broken-password-caching", "broken-credential-store",
                "broken-ldap-attributes", "broken-macro-blanks", "broken-mam-macro-support",
                "broken-exchange-server-policy", "broken-user-domain-policy", "broken-boolean-spelling")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                                        Path model = copy(name + ".emw");

                    assertEquals(0, run("fix", model.toString()), stdout() + stderr());

                                        assertEquals(0, run("validate", model.toString()), stdout());
                    assertEquals("", stdout(), "no error or warning is left");
                }));
    }

    @TestFactory
    Stream<DynamicTest> examplesThatNeedADecisionAreLeftAlone() {
        return Stream.of("broken-server-version", "broken-secure-mail-not-delivered", "broken-srv-target-leak")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                                        Path model = copy(name + ".emw");
                    byte[] before = Files.readAllBytes(model);

                    assertEquals(1, run("fix", model.toString()), stderr());

                    assertTrue(stdout().contains("(no automatic fix)"), stdout());
                    assertArrayEquals(before, Files.readAllBytes(model));
                }));
    }

    @Test
    void aMissingPropertyIsAdded() throws Exception {
        Path model = folder.resolve("no-passcode.emw");
        Files.writeString(model, Files.readString(Examples.file("contoso/contoso.emw"))
                .replaceAll("    <clientProperties key=\"ENABLE_PASSCODE_AUTH\"[^\\n]*\\n", ""));

        assertEquals(0, run("fix", model.toString(), "--rule", "SSO-002"), stderr());
                assertEquals(0, run("validate", model.toString()), stdout());
    }

    @Test
    void aModelWithNothingToFixIsLeftUntouched() throws Exception {
        Path model = copy("contoso.emw");
        byte[] before = Files.readAllBytes(model);

        assertEquals(0, run("fix", model.toString()), stderr());

        assertTrue(stderr().contains("0 fixes applied; " + model + " is unchanged"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
        assertFalse(Files.exists(Path.of(model + ".bak")));
    }

    @Test
    void anUnknownRuleIsUnusableInputAndTouchesNothing() throws Exception {
        Path model = copy("broken-passcode-auth.emw");
        byte[] before = Files.readAllBytes(model);

        assertEquals(2, run("fix", model.toString(), "--rule", "NOPE-1"));
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void anUnusableModelExitsTwo() throws Exception {
        Path model = Files.writeString(folder.resolve("bad.emw"), "<?xml version=\"1.0\"?>\n<deployment");
        assertEquals(2, run("fix", model.toString()));
        assertTrue(stderr().contains(model + ":"), stderr());
    }

    @Test
    void jsonListsTheFixesTheBackupAndWhatIsLeft() throws Exception {
        Path model = copy("broken-passcode-auth.emw");

        assertEquals(0, run("fix", model.toString(), "--format", "json"), stderr());

        JsonNode document = new ObjectMapper().readTree(stdout());
        assertEquals(1, document.get("shapeVersion").asInt());
        assertEquals(model.toString(), document.get("model").asText());
        assertTrue(document.get("saved").asBoolean());
        assertEquals(model + ".bak", document.get("backup").asText());
        JsonNode fixed = document.get("fixed");
        assertEquals(1, fixed.size(), fixed.toString());
        assertEquals("SSO-002", fixed.get(0).get("ruleId").asText());
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]", fixed.get(0).get("object").asText());
        assertEquals("set ENABLE_PASSCODE_AUTH to true", fixed.get(0).get("fix").asText());
        assertEquals(0, document.get("summary").get("errorsLeft").asInt());
        assertEquals(0, document.get("summary").get("exitCode").asInt());
        assertTrue(document.get("remaining").isArray());
    }

    @Test
    void jsonOfAnErrorNoFixSettlesSaysSoAndExitsOne() throws Exception {
        Path model = copy("broken-secure-mail-not-delivered.emw");

        int exit = run("fix", model.toString(), "--format=json");

        JsonNode document = new ObjectMapper().readTree(stdout());
        assertEquals(exit, document.get("summary").get("exitCode").asInt());
        assertEquals(1, exit, stdout());
        assertFalse(document.get("saved").asBoolean());
        assertTrue(document.get("backup").isNull());
        assertTrue(document.get("summary").get("errorsLeft").asInt() > 0);
        JsonNode first = document.get("remaining").get(0);
        for (String key : new String[] { "ruleId", "severity", "object", "message" }) {
            assertTrue(first.hasNonNull(key), key + " in " + first);
        }
    }

    @Test
    void anUnknownFormatIsUnusableInput() throws Exception {
        Path model = copy("broken-passcode-auth.emw");
        byte[] before = Files.readAllBytes(model);

        assertEquals(2, run("fix", model.toString(), "--format", "xml"));
        assertTrue(stderr().contains("--format takes text or json"), stderr());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    private Path copy(String example) throws Exception {
        return Files.copy(Examples.file("contoso/" + example), folder.resolve(example),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
