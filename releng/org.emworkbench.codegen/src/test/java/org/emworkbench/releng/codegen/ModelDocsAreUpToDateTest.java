/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's check that the committed model documentation (docs/images/model.dot, model.svg and
 * the generated part of docs/model.md) is what the .ecore gives. See docs/model.md.
 */
class ModelDocsAreUpToDateTest {

  /** The repository root; the POM passes {@code ${project.basedir}/../..}. */
  private static final Path ROOT = Path.of(System.getProperty("emw.codegen.root", "../..")).toAbsolutePath().normalize();

  private static final List<String> FILES = List.of(GenerateModelDocs.ECORE, GenerateModelDocs.DOT, GenerateModelDocs.SVG,
      GenerateModelDocs.MODEL_MD);

  @Test
  void committedModelDocsAreWhatTheEcoreGives() throws Exception {
    List<String> problems = GenerateModelDocs.check(ROOT);
    if (!problems.isEmpty()) {
      fail(GenerateModelDocs.describe(problems));
    }
  }

  /** A new attribute in the .ecore makes all three files stale, and the report says how to fix it. */
  @Test
  void aChangedModelIsReportedForEveryFile(@TempDir Path temp) throws Exception {
    Path root = copyOfRepository(temp);
    edit(root, GenerateModelDocs.ECORE, "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"fqdn\"",
        "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"siteName\" eType=\"ecore:EDataType"
            + " http://www.eclipse.org/emf/2002/Ecore#//EString\"/>\n    <eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"fqdn\"");

    List<String> problems = GenerateModelDocs.check(root);

    String report = GenerateModelDocs.describe(problems);
    assertEquals(3, problems.size(), report);
    assertTrue(problems.get(0).startsWith(GenerateModelDocs.DOT + " is not what " + GenerateModelDocs.ECORE + " gives: line "), report);
    assertTrue(problems.get(0).contains(", expected \"    \"EndpointManagementServer\" [label="), "the first line that differs, "
        + "not the fingerprint: " + report);
    assertTrue(problems.get(1).startsWith(GenerateModelDocs.SVG + " was not rendered from the current diagram"), report);
    assertTrue(problems.get(2).startsWith(GenerateModelDocs.MODEL_MD + ": the reference between"), report);
    assertTrue(problems.get(2).contains("expected \"| `siteName` | attribute | `String` |"), report);
    assertTrue(report.contains(GenerateModelDocs.REGENERATE_COMMAND), report);
  }

  @Test
  void anSvgRenderedFromAnotherDiagramIsReported(@TempDir Path temp) throws Exception {
    Path root = copyOfRepository(temp);
    Path svg = root.resolve(GenerateModelDocs.SVG);
    String fingerprint = ModelDiagram.fingerprintIn(Files.readString(svg)).orElseThrow();
    edit(root, GenerateModelDocs.SVG, fingerprint, "0".repeat(64));

    List<String> problems = GenerateModelDocs.check(root);

    assertEquals(List.of(GenerateModelDocs.SVG + " was not rendered from the current diagram: it carries the fingerprint 000000000000,"
        + " the diagram has " + fingerprint.substring(0, 12) + "."), problems);

    edit(root, GenerateModelDocs.SVG, ModelDiagram.FINGERPRINT_PREFIX, "something else");
    assertEquals(List.of(GenerateModelDocs.SVG + " was not rendered from the current diagram: it carries no fingerprint,"
        + " the diagram has " + fingerprint.substring(0, 12) + "."), GenerateModelDocs.check(root));
  }

  @Test
  void aHandEditInTheGeneratedPartIsReportedWithItsLine(@TempDir Path temp) throws Exception {
    Path root = copyOfRepository(temp);
    edit(root, GenerateModelDocs.MODEL_MD, "\n### ClientProperty\n", "\n### Client property\n");
    List<String> lines = Files.readAllLines(root.resolve(GenerateModelDocs.MODEL_MD));
    int line = lines.indexOf("### Client property") + 1;

    List<String> problems = GenerateModelDocs.check(root);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).endsWith(": line " + line + " of docs/model.md is \"### Client property\", expected \"### ClientProperty\"."),
        problems.get(0));
  }

  @Test
  void missingMarkersAreReported(@TempDir Path temp) throws Exception {
    Path root = copyOfRepository(temp);
    edit(root, GenerateModelDocs.MODEL_MD, "\n" + GenerateModelDocs.END + "\n", "\n");

    assertEquals(List.of(GenerateModelDocs.MODEL_MD + " needs the lines " + GenerateModelDocs.BEGIN + " and then " + GenerateModelDocs.END
        + " around the generated reference; add them where the reference goes."), GenerateModelDocs.check(root));
    CodeGenerationException thrown = assertThrows(CodeGenerationException.class, () -> GenerateModelDocs.write(root));
    assertTrue(thrown.getMessage().contains(GenerateModelDocs.BEGIN), thrown.getMessage());
  }

  /** Writing replaces only what is between the markers; the SVG is left alone when it is current. */
  @Test
  void writeKeepsTheHandWrittenTextAndRestoresTheGeneratedPart(@TempDir Path temp) throws Exception {
    Path root = copyOfRepository(temp);
    Path modelMd = root.resolve(GenerateModelDocs.MODEL_MD);
    String committed = Files.readString(modelMd);
    // The markers count only as lines of their own; the hand-written text may quote them.
    int begin = committed.indexOf("\n" + GenerateModelDocs.BEGIN + "\n") + 1;
    int end = committed.indexOf("\n" + GenerateModelDocs.END + "\n") + 1;
    assertTrue(begin > 0 && end > begin, "the committed " + GenerateModelDocs.MODEL_MD + " has both markers");
    String handWritten = "# Edited intro\n\nMore words.\n\n";
    Files.writeString(modelMd, handWritten + committed.substring(begin, begin + GenerateModelDocs.BEGIN.length()) + "\nstale\n"
        + committed.substring(end) + "A hand-written ending.\n");
    Files.delete(root.resolve(GenerateModelDocs.DOT));
    byte[] svg = Files.readAllBytes(root.resolve(GenerateModelDocs.SVG));

    List<String> log = GenerateModelDocs.write(root);

    assertEquals(List.of(), GenerateModelDocs.check(root), log.toString());
    String written = Files.readString(modelMd);
    assertTrue(written.startsWith(handWritten + GenerateModelDocs.BEGIN + "\n<!-- Generated from "), written);
    assertTrue(written.endsWith(GenerateModelDocs.END + "\n" + committed.substring(end + GenerateModelDocs.END.length() + 1)
        + "A hand-written ending.\n"), written);
    assertArrayEquals(svg, Files.readAllBytes(root.resolve(GenerateModelDocs.SVG)), "the current SVG is kept");
    assertTrue(log.contains(GenerateModelDocs.SVG + " is already rendered from this " + GenerateModelDocs.DOT + "."), log.toString());
  }

  private static Path copyOfRepository(Path temp) throws Exception {
    Path root = temp.resolve("repository");
    for (String file : FILES) {
      Path to = root.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(ROOT.resolve(file), to);
    }
    return root;
  }

  private static void edit(Path root, String file, String from, String to) throws Exception {
    Path path = root.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " has no " + from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
