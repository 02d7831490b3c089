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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExportCommandTest extends CommandLineTestCase {

    @TempDir
    Path folder;

    private Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void exportsEveryFormatOfTheGoodModelAndPrintsTheFiles() throws IOException {
        Path out = folder.resolve("export");
        assertEquals(0, run("export", TestModels.good(), "--out", out.toString()), stderr());
        assertTrue(Files.isRegularFile(out.resolve("rest-json/clientproperties.json")));
        assertTrue(Files.isRegularFile(out.resolve("dns-zone/contoso.com.zone")));
        assertTrue(stdout().contains(out.resolve("rest-json/deliverygroups.json").toString()), stdout());
        assertTrue(stderr().contains("0 errors"), stderr());
    }

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        assertEquals(0, run("export", TestModels.good(), "--out", folder.resolve("a").toString()));
        assertEquals(0, run("export", TestModels.good(), "--out", folder.resolve("b").toString()));
        assertEquals(files(folder.resolve("a")), files(folder.resolve("b")));
    }

    @Test
    void aModelWithErrorsIsExportedAndExitsOne() {
        Path out = folder.resolve("export");
        assertEquals(1, run("export", TestModels.broken(), "--out", out.toString(), "--format", "rest-json"));
        assertTrue(Files.isRegularFile(out.resolve("rest-json/clientproperties.json")));
        assertFalse(Files.exists(out.resolve("dns-zone")), "only the format asked for");
        assertTrue(stderr().contains("exit 1"), stderr());
    }

    @Test
    void jsonOutputListsFilesAndTheValidationSummary() throws IOException {
        Path out = folder.resolve("export");
        assertEquals(1, run("export", TestModels.broken(), "--out", out.toString(), "--format", "dns-zone,rest-json",
                "--output-format", "json"));
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertEquals(1, json.get("shapeVersion").asInt());
        assertEquals(List.of("dns-zone", "rest-json"),
                List.of(json.get("formats").get(0).asText(), json.get("formats").get(1).asText()));
        assertTrue(json.get("validation").get("errors").asInt() > 0);
        assertEquals(1, json.get("exitCode").asInt());
        assertTrue(json.get("files").size() >= 6, stdout());
        assertTrue(json.get("files").get(0).get("changed").asBoolean());
    }

    @Test
    void anUnusableModelIsNamedWithLineAndColumn() {
        String model = TestModels.unusable(folder);
        assertEquals(2, run("export", model, "--out", folder.resolve("out").toString()));
        assertTrue(stderr().contains(model + ":" + TestModels.MALFORMED_LINE + ":"), stderr());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("export", TestModels.good(), "--out", folder.toString(), "--format", "pdf"));
        assertTrue(stderr().contains("unknown format 'pdf'") && stderr().contains("rest-json"), stderr());
    }

    @Test
    void missingOutIsAUsageError() {
        assertEquals(2, run("export", TestModels.good()));
        assertTrue(stderr().contains("--out"), stderr());
    }

    @Test
    void aFolderThatCannotBeWrittenExitsThree() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertEquals(3, run("export", TestModels.good(), "--out", file.resolve("sub").toString()));
        assertTrue(stderr().contains("cannot write"), stderr());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void noExportHoldsTheBindPasswordOrTheModelsReferenceTarget() throws IOException {
        String secret = "Bind-Secret-93f2e";
        Path out = folder.resolve("export");
        Emw result = Emw.withEnvironment(Map.of("EMW_LDAP_PASSWORD", secret), "export", TestModels.good(), "--out",
                out.toString());
        assertEquals(0, result.exit(), result.describe());
        files(out).forEach((path, text) -> assertFalse(text.contains(secret), path + " holds the bind password"));
        assertFalse(result.stdout().contains(secret) || result.stderr().contains(secret));
    }
}
