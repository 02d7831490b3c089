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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code emw validate --format json}: the stable shape scripts rely on, checked by a real JSON parser. */
class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theDocumentHasTheDocumentedKeysInTheDocumentedOrder() throws Exception {
        Emw run = Emw.run("validate", TestModels.broken(), TestModels.unusable(folder), "--format", "json");
        JsonNode report = JSON.readTree(run.stdout());

        assertEquals(List.of("formatVersion", "tool", "rules", "models", "summary"), keys(report));
        assertEquals(List.of("name", "version"), keys(report.get("tool")));
        assertEquals(List.of("id", "name", "category", "severity", "mode", "contributor"),
                keys(report.get("rules").get(0)));
        assertEquals(List.of("file", "status", "error", "findings"), keys(report.get("models").get(0)));
        assertEquals(List.of("ruleId", "severity", "object", "message", "expected", "actual", "fixHint"),
                keys(report.get("models").get(0).get("findings").get(0)));
        assertEquals(List.of("line", "column", "message"), keys(report.get("models").get(1).get("error")));
        assertEquals(List.of("errors", "warnings", "infos", "unusable"), keys(report.get("summary")));
        assertEquals(1, report.get("formatVersion").intValue());
        assertEquals("emw", report.get("tool").get("name").textValue());
    }

    @Test
    void theGoodExampleIsValidatedWithoutErrors() throws Exception {
        Emw run = Emw.run("validate", TestModels.good(), "--format", "json");
        JsonNode report = JSON.readTree(run.stdout());

        assertEquals(0, run.exit(), run.describe());
        JsonNode model = report.get("models").get(0);
        assertEquals(TestModels.good(), model.get("file").textValue());
        assertEquals("validated", model.get("status").textValue());
        assertTrue(model.get("error").isNull());
        assertEquals(0, report.get("summary").get("errors").intValue());
        assertEquals(model.get("findings").size(),
                report.get("summary").get("warnings").intValue() + report.get("summary").get("infos").intValue());
        JsonNode sso002 = rule(report, "SSO-002");
        assertEquals("error", sso002.get("severity").textValue());
        assertEquals("offline", sso002.get("mode").textValue());
        assertEquals("org.emworkbench.validation", sso002.get("contributor").textValue());
        assertEquals("org.emworkbench.sso", sso002.get("category").textValue());
    }

    @Test
    void theBrokenExampleCarriesTheFindingWithExpectedActualAndFixHint() throws Exception {
        Emw run = Emw.run("validate", TestModels.broken(), "--format", "json");
        JsonNode report = JSON.readTree(run.stdout());

        assertEquals(1, run.exit(), run.describe());
        JsonNode finding = finding(report.get("models").get(0), "SSO-002");
        assertEquals("error", finding.get("severity").textValue());
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]", finding.get("object").textValue());
        assertEquals("true", finding.get("expected").textValue());
        assertEquals("false", finding.get("actual").textValue());
        assertTrue(finding.get("message").textValue().contains("ENABLE_PASSCODE_AUTH"), finding.toString());
        assertFalse(finding.get("fixHint").textValue().isBlank());
        assertTrue(report.get("summary").get("errors").intValue() >= 1);
    }

    @Test
    void anUnusableFileIsReportedWithLineColumnAndMessageAndExitsTwo() throws Exception {
        String unusable = TestModels.unusable(folder);
        Emw run = Emw.run("validate", unusable, TestModels.broken(), "--format", "json");
        JsonNode report = JSON.readTree(run.stdout());

        assertEquals(2, run.exit(), run.describe());
        JsonNode model = report.get("models").get(0);
        assertEquals(unusable, model.get("file").textValue());
        assertEquals("unusable", model.get("status").textValue());
        assertEquals(TestModels.MALFORMED_LINE, model.get("error").get("line").intValue());
        assertTrue(model.get("error").get("column").intValue() > 0);
        assertFalse(model.get("error").get("message").textValue().isBlank());
        assertEquals(0, model.get("findings").size());
        assertEquals("validated", report.get("models").get(1).get("status").textValue(),
                "the other model is still validated");
        assertEquals(1, report.get("summary").get("unusable").intValue());
        assertTrue(run.stderr().contains(unusable + ":" + TestModels.MALFORMED_LINE + ":"), run.stderr());
    }

    @Test
    void aMissingFileHasNoLineOrColumn() throws Exception {
        String missing = folder.resolve("missing.emw").toString();
        JsonNode error = JSON.readTree(Emw.run("validate", missing, "--format=json").stdout()).get("models").get(0)
                .get("error");

        assertTrue(error.get("line").isNull() && error.get("column").isNull(), error.toString());
        assertTrue(error.get("message").textValue().contains("no such file"), error.toString());
    }

    @Test
    void theSameRunGivesTheSameDocument() {
        String first = Emw.run("validate", TestModels.broken(), "--format", "json").stdout();
        String second = Emw.run("validate", TestModels.broken(), "--format", "json").stdout();

        assertEquals(first, second);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode rule(JsonNode report, String id) {
        for (JsonNode rule : report.get("rules")) {
            if (rule.get("id").textValue().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in " + report.get("rules"));
    }

    private static JsonNode finding(JsonNode model, String ruleId) {
        for (JsonNode finding : model.get("findings")) {
            if (finding.get("ruleId").textValue().equals(ruleId)) {
                return finding;
            }
        }
        throw new AssertionError("no " + ruleId + " finding in " + model);
    }
}
