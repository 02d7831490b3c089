/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example model goes through load and {@link DeploymentFiles#save} unchanged. */
class ExampleRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void everyExampleIsSavedByteForByteAsItIsAndReloadsEqual() throws Exception {
        List<Path> examples = allExamples();
        assertTrue(examples.size() >= 2, "the examples are found: " + examples);
        for (Path original : examples) {
            Resource loaded = DeploymentFiles.load(original);
            Path copy = folder.resolve(original.getFileName());

            assertTrue(DeploymentFiles.save(loaded, copy), original + " is written");

            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy),
                    original + " is written unchanged");
            Resource reloaded = DeploymentFiles.load(copy);
            assertTrue(EcoreUtil.equals(loaded.getContents(), reloaded.getContents()), original + " reloads equal");
        }
    }

    @Test
    void savingAnExampleOverACopyOfItselfWritesNothing() throws Exception {
        for (Path original : allExamples()) {
            Path copy = Files.copy(original, folder.resolve(original.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);

            assertFalse(DeploymentFiles.save(DeploymentFiles.load(copy), copy),
                    original + " is already as it would be saved");
            assertFalse(Files.exists(folder.resolve(original.getFileName() + ".bak")),
                    "no backup of an unchanged file");
        }
    }

    private static List<Path> allExamples() throws IOException {
        Path examples = Examples.file("contoso/contoso.emw").getParent().getParent();
        try (Stream<Path> files = Files.walk(examples)) {
            return files.filter(file -> file.getFileName().toString().endsWith("." + DeploymentFiles.FILE_EXTENSION))
                    .sorted().toList();
        }
    }
}
