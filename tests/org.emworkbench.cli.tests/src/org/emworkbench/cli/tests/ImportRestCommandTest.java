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
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ImportRestCommandTest extends CommandLineTestCase {

    @TempDir
    Path folder;

    @Test
    void importsAnExportAndTheModelExportsTheSameFiles() throws IOException {
        Path export = folder.resolve("export");
        assertEquals(0, run("export", TestModels.good(), "--out", export.toString(), "--format", "rest-json"));
        Path model = folder.resolve("imported.emw");
        assertEquals(0, run("import-rest", export.toString(), "--out", model.toString()), stderr());
        assertTrue(Files.isRegularFile(model));
        Path again = folder.resolve("again");
        // The imported model has no directory or Exchange, so validation finds errors: exit 1, files written.
        run("export", model.toString(), "--out", again.toString(), "--format", "rest-json");
        for (String file : new String[] { "clientproperties.json", "serverproperties.json", "deliverygroups.json",
                "applications.json" }) {
            assertEquals(Files.readString(export.resolve("rest-json").resolve(file)),
                    Files.readString(again.resolve("rest-json").resolve(file)), file);
        }
    }

    @Test
    void jsonListsTheFilesReadAndTheModelWritten() throws IOException {
        Path export = folder.resolve("export");
        run("export", TestModels.good(), "--out", export.toString(), "--format", "rest-json");
        Path model = folder.resolve("imported.emw");

        assertEquals(0, run("import-rest", export.toString(), "--out", model.toString(), "--format", "json"),
                stderr());

        JsonNode document = new ObjectMapper().readTree(stdout());
        assertEquals(1, document.get("shapeVersion").asInt());
        assertEquals(model.toString(), document.get("model").asText());
        assertEquals(4, document.get("read").size(), document.toString());
        assertTrue(document.get("warnings").isArray());
    }

    @Test
    void aFormatOtherThanTextOrJsonIsRefused() {
        assertEquals(2, run("import-rest", folder.toString(), "--out", folder.resolve("m.emw").toString(), "--format",
                "xml"));
        assertTrue(stderr().contains("import-rest writes text or json"), stderr());
    }

    @Test
    void anExistingModelIsReplacedOnlyWithForce() throws IOException {
        Path export = folder.resolve("export");
        run("export", TestModels.good(), "--out", export.toString(), "--format", "rest-json");
        Path model = Files.writeString(folder.resolve("existing.emw"), "mine");
        assertEquals(2, run("import-rest", export.toString(), "--out", model.toString()));
        assertTrue(stderr().contains("--force"), stderr());
        assertEquals("mine", Files.readString(model));
        assertEquals(0, run("import-rest", export.toString(), "--out", model.toString(), "--force"), stderr());
        assertEquals("mine", Files.readString(folder.resolve("existing.emw.bak")));
        assertTrue(Files.readString(model).contains("ENABLE_PASSCODE_AUTH"));
    }

    @Test
    void aMalformedFileIsNamedWithLineAndColumn() throws IOException {
        Files.writeString(folder.resolve("clientproperties.json"),
                "{\n  \"allClientProperties\": [\n    { \"key\": }\n");
        Path model = folder.resolve("out.emw");
        assertEquals(2, run("import-rest", folder.toString(), "--out", model.toString()));
        assertTrue(stderr().contains(folder.resolve("clientproperties.json") + ":3:"), stderr());
        assertFalse(Files.exists(model));
    }

    @Test
    void aFolderWithoutRestJsonIsUnusable() {
        assertEquals(2, run("import-rest", folder.toString(), "--out", folder.resolve("out.emw").toString()));
        assertTrue(stderr().contains("no REST JSON file"), stderr());
    }
}
