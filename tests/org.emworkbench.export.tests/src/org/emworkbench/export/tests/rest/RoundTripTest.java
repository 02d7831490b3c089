/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportedFile;
import org.emworkbench.export.internal.rest.RestJsonFormat;
import org.emworkbench.export.internal.rest.RestJsonReader;
import org.emworkbench.export.tests.Golden;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * import-rest ∘ export is the identity on every example for what the REST
 * API carries: the files of the imported model are the files of the model,
 * byte for byte, and the imported model equals the model restricted to the
 * REST-carried features.
 */
class RoundTripTest {

    static Stream<String> examples() {
        return Examples.all().stream().filter(path -> path.getParent().getFileName().toString().equals("contoso"))
                .map(path -> "contoso/" + path.getFileName());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void importingTheExportGivesTheSameFilesAndTheSameRestFeatures(String example, @TempDir Path folder)
            throws Exception {
        ExportInput input = Golden.example(example);
        List<ExportedFile> exported = Golden.render(input, new RestJsonFormat());
        for (ExportedFile file : exported) {
            Path path = folder.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text(), StandardCharsets.UTF_8);
        }
        RestJsonReader.Result imported = RestJsonReader.read(folder);
        assertEquals(List.of(), imported.warnings(), "the export is complete");
        assertEquals(exported.size(), imported.read().size());

        List<ExportedFile> again = Golden.render(new ExportInput(imported.deployment(), input.modelName(), null),
                new RestJsonFormat());
        assertEquals(exported, again, "rest-json(import-rest(rest-json(M))) = rest-json(M)");

        Deployment expected = RestProjection.of(input.deployment());
        Deployment actual = RestProjection.of(imported.deployment());
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        assertTrue(equality.equals(expected, actual), () -> "the imported model differs from " + example
                + " restricted to what REST carries");
    }
}
