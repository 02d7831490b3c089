/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emworkbench.releng.codegen.GenerateModelCode.Difference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's check that the committed generated code ({@code src-gen/}, {@code plugin.xml},
 * {@code plugin.properties}, ...) of the model and edit bundles is exactly what EMF's generator
 * produces from the genmodel. See docs/codegen.md.
 */
class GeneratedCodeIsUpToDateTest {

  /** The repository root; the POM passes {@code ${project.basedir}/../..}. */
  private static final Path ROOT = Path.of(System.getProperty("emw.codegen.root", "../..")).toAbsolutePath().normalize();

  private static final Path WORK_DIR = Path.of(System.getProperty("emw.codegen.workDir", "target/codegen-check"));

  @Test
  void committedGeneratedCodeIsWhatEmfGenerates() throws Exception {
    List<Difference> differences = GenerateModelCode.check(ROOT, WORK_DIR);
    if (!differences.isEmpty()) {
      fail(GenerateModelCode.describe(differences));
    }
  }

  /** The check itself: a hand edit, a left-over class and a missing icon are all reported. */
  @Test
  void checkReportsEveryKindOfDrift(@TempDir Path temp) throws Exception {
    Path root = temp.resolve("repository");
    for (String bundle : GenerateModelCode.BUNDLES) {
      GenerateModelCode.copyBundle(ROOT.resolve("bundles").resolve(bundle), root.resolve("bundles").resolve(bundle));
    }
    Path model = root.resolve("bundles/org.emworkbench.model/src-gen/org/emworkbench/model/deployment");
    Path impl = model.resolve("impl/DeploymentImpl.java");
    Files.writeString(impl, Files.readString(impl, StandardCharsets.UTF_8) + "// edited by hand\n", StandardCharsets.UTF_8);
    Files.writeString(model.resolve("Leftover.java"), "package org.emworkbench.model.deployment;\n", StandardCharsets.UTF_8);
    Files.delete(root.resolve("bundles/org.emworkbench.model.edit/icons/full/obj16/Deployment.gif"));

    List<Difference> differences = GenerateModelCode.check(root, temp.resolve("work"));

    String report = GenerateModelCode.describe(differences);
    assertTrue(differences.contains(new Difference(Difference.Kind.CHANGED,
        "bundles/org.emworkbench.model/src-gen/org/emworkbench/model/deployment/impl/DeploymentImpl.java")), report);
    assertTrue(differences.contains(new Difference(Difference.Kind.REMOVED,
        "bundles/org.emworkbench.model/src-gen/org/emworkbench/model/deployment/Leftover.java")), report);
    assertTrue(differences.contains(new Difference(Difference.Kind.ADDED,
        "bundles/org.emworkbench.model.edit/icons/full/obj16/Deployment.gif")), report);
    assertTrue(report.contains(GenerateModelCode.REGENERATE_COMMAND), report);
  }
}
