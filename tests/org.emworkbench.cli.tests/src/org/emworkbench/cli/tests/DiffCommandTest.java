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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code emw diff}: formats, exit codes and refusals. */
class DiffCommandTest extends CommandLineTestCase {

    private static final String GOOD = TestModels.good();
    private static final String SRV = Examples.file("contoso/broken-srv-record.emw").toString();
    private static final String SRV_PATH = "/exchange/mailDomains[fabrikam.com]/expectedSrvRecords[";

    @TempDir
    Path folder;

    @Test
    void theTextFormatHasOneLinePerDifferenceAndExitsOne() {
        assertEquals(1, run("diff", GOOD, SRV), this::stderr);
        assertEquals("added " + SRV_PATH + "mail.fabrikam.com,80] (SrvRecord: priority=\"0\", weight=\"0\","
                + " port=\"80\", target=\"mail.fabrikam.com\")\n"
                + "removed " + SRV_PATH + "mail.fabrikam.com.,443] (SrvRecord: priority=\"0\", weight=\"0\","
                + " port=\"443\", target=\"mail.fabrikam.com.\")\n", stdout());
        assertEquals("emw: " + GOOD + " -> " + SRV + ": 2 differences (1 added, 1 removed)\n", stderr());
    }

    @Test
    void aChangedValueShowsBothValuesQuoted() {
        assertEquals(1, run("diff", GOOD, TestModels.broken()), this::stderr);
        assertEquals("changed /server/clientProperties[ENABLE_PASSCODE_AUTH]/value: \"true\" -> \"false\"\n",
                stdout());
    }

    @Test
    void reorderedLdapServersAndDuplicateKeysHaveTheirOwnLines() throws IOException {
        String good = Files.readString(Path.of(GOOD));
        String dc1 = good.lines().filter(line -> line.contains("<ldapServers host=\"dc1")).findFirst().orElseThrow();
        String dc2 = good.lines().filter(line -> line.contains("<ldapServers host=\"dc2")).findFirst().orElseThrow();
        String pin = good.lines().filter(line -> line.contains("key=\"ENABLE_PASSCODE_AUTH\"")).findFirst()
                .orElseThrow();
        String changed = good.replace(dc1 + "\n" + dc2, dc2 + "\n" + dc1).replace(pin, pin + "\n" + pin);
        Path other = Files.writeString(folder.resolve("other.emw"), changed);
        assertEquals(1, run("diff", GOOD, other.toString()), this::stderr);
        assertEquals("duplicate-key /server/clientProperties[ENABLE_PASSCODE_AUTH]: 2 objects in the right model share"
                + " this key; they are not compared\n"
                + "reordered /directory/ldapServers: order [dc1.contoso.com,636, dc2.contoso.com,636]"
                + " -> [dc2.contoso.com,636, dc1.contoso.com,636]\n", stdout());
    }

    @Test
    void identicalModelsPrintNothingAndExitZero() {
        assertEquals(0, run("diff", GOOD, GOOD), this::stderr);
        assertEquals("", stdout());
        assertTrue(stderr().endsWith(": no differences\n"), stderr());
    }

    @Test
    void theJsonFormatHasTheDocumentedShape() throws IOException {
        assertEquals(1, run("diff", GOOD, Examples.file("contoso/broken-autodiscovery-registration.emw").toString(),
                "--format", "json"), this::stderr);
        JsonNode document = new ObjectMapper().readTree(stdout());
        assertEquals(1, document.get("shapeVersion").asInt());
        assertEquals("emw", document.get("tool").get("name").asText());
        assertEquals(GOOD, document.get("left").asText());
        assertEquals("MdxApplication.sourceFile", document.get("ignored").get(0).asText());
        JsonNode differences = document.get("differences");
        assertEquals(2, differences.size());
        JsonNode methods = differences.get(0);
        assertEquals("changed", methods.get("kind").asText());
        assertEquals("/enrollment/methods", methods.get("path").asText());
        assertEquals("/enrollment", methods.get("object").asText());
        assertEquals("Enrollment", methods.get("class").asText());
        assertEquals("methods", methods.get("feature").asText());
        assertEquals("[\"emailAutodiscovery\",\"serverAddressTyped\"]", methods.get("old").toString());
        assertEquals("[\"emailAutodiscovery\"]", methods.get("new").toString());
        assertEquals("[\"serverAddressTyped\"]", methods.get("removedValues").toString());
        assertEquals("[]", methods.get("addedValues").toString());
        JsonNode registration = differences.get(1);
        assertEquals("removed", registration.get("kind").asText());
        assertEquals("/enrollment/autoDiscoveryRegistrations[fabrikam.com]", registration.get("path").asText());
        assertTrue(registration.get("feature").isNull());
        assertEquals("ctxad-2a81d0c4", registration.get("attributes").get("claimToken").asText());
        JsonNode summary = document.get("summary");
        assertEquals(2, summary.get("differences").asInt());
        assertEquals(1, summary.get("changed").asInt());
        assertEquals(1, summary.get("removed").asInt());
        assertEquals(1, summary.get("exitCode").asInt());
    }

    @Test
    void aSingleValueChangeInJsonHasOldAndNewAndNullForUnset() throws IOException {
        assertEquals(1, run("diff", GOOD, TestModels.broken(), "--format=json"), this::stderr);
        JsonNode change = new ObjectMapper().readTree(stdout()).get("differences").get(0);
        assertEquals("true", change.get("old").asText());
        assertEquals("false", change.get("new").asText());
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]/value", change.get("path").asText());
    }

    @Test
    void theMarkdownFormatIsATableWithEscapedPipes() throws IOException {
        Path piped = folder.resolve("piped.emw");
        Files.writeString(piped, Files.readString(Path.of(GOOD)).replace("value=\"15\"", "value=\"1|5`x\""));
        assertEquals(1, run("diff", GOOD, piped.toString(), "--format", "markdown"), this::stderr);
        assertEquals("### emw diff\n\n`" + GOOD + "` → `" + piped + "`: 1 difference (1 changed)\n\n"
                + "| change | path | before | after |\n|---|---|---|---|\n"
                + "| changed | `/server/clientProperties[INACTIVITY_TIMER]/value` | `\"15\"` | ``\"1\\|5`x\"`` |\n",
                stdout());
    }

    @Test
    void theMarkdownOfEqualModelsSaysSo() {
        assertEquals(0, run("diff", GOOD, GOOD, "--format", "markdown"), this::stderr);
        assertEquals("### emw diff\n\n`" + GOOD + "` → `" + GOOD + "`: no differences\n", stdout());
    }

    @Test
    void ignoreLeavesOutAFeature() {
        assertEquals(0, run("diff", GOOD, TestModels.broken(), "--ignore", "ClientProperty.value"), this::stderr);
        assertEquals("", stdout());
        assertEquals(1, run("diff", GOOD, TestModels.broken(), "--ignore", "ServerProperty.value"), this::stderr);
        assertEquals(0, run("diff", GOOD, TestModels.broken(), "--ignore=value", "--ignore", "description"),
                this::stderr);
    }

    @Test
    void anUnknownFeatureIsUnusableInputWithTheClosestName() {
        assertEquals(2, run("diff", GOOD, SRV, "--ignore", "SrvRecord.prot"));
        assertEquals("", stdout());
        assertTrue(stderr().contains("did you mean 'SrvRecord.port'?"), stderr());
        assertEquals(2, run("diff", GOOD, SRV, "--ignore", "nothingLikeAFeature"));
        assertTrue(stderr().contains("valid names are Class.feature or one of: "), stderr());
        assertTrue(stderr().contains("sourceFile"), stderr());
    }

    @Test
    void anUnreadableSideIsUnusableInputNamingFileLineAndColumn() {
        String malformed = TestModels.unusable(folder);
        assertEquals(2, run("diff", GOOD, malformed));
        assertEquals("", stdout());
        assertTrue(stderr().contains(malformed + ":" + TestModels.MALFORMED_LINE + ":"), stderr());
        assertTrue(stderr().contains("nothing was compared"), stderr());

        assertEquals(2, run("diff", folder.resolve("missing.emw").toString(), GOOD));
        assertEquals("", stdout());
        assertTrue(stderr().contains("missing.emw"), stderr());
    }

    @Test
    void aFileThatIsNotADeploymentIsUnusableInput() throws IOException {
        Path other = Files.writeString(folder.resolve("other.emw"), "<?xml version=\"1.0\"?>\n<project/>\n");
        assertEquals(2, run("diff", other.toString(), GOOD));
        assertEquals("", stdout());
        assertTrue(stderr().contains("other.emw"), stderr());
    }

    @Test
    void badArgumentsAreRefused() {
        assertEquals(2, run("diff", GOOD));
        assertTrue(stderr().contains("diff needs two model files"), stderr());
        assertEquals(2, run("diff", GOOD, SRV, "--format", "html"));
        assertTrue(stderr().contains("text, json or markdown"), stderr());
        assertEquals(2, run("diff", GOOD, SRV, "--colour"));
        assertTrue(stderr().contains("unknown option '--colour'"), stderr());
    }

    @Test
    void theHelpListsDiff() {
        assertEquals(0, run("help"));
        assertTrue(stdout().contains("diff A B [--format text|json|markdown] [--ignore FEATURE]..."), stdout());
    }
}
