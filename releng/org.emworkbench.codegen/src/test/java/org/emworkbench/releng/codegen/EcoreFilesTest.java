/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken .ecore stops the documentation with a message that names the file and the place. */
class EcoreFilesTest {

  private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      + "    xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\" nsURI=\"http://example.org/p\" nsPrefix=\"p\">\n";

  @Test
  void loadsAWellFormedPackage(@TempDir Path temp) throws Exception {
    Path file = write(temp, HEADER + "  <eClassifiers xsi:type=\"ecore:EClass\" name=\"A\"/>\n</ecore:EPackage>\n");
    assertEquals("A", EcoreFiles.load(file, "p.ecore").getEClassifiers().get(0).getName());
  }

  @Test
  void malformedXmlIsReportedWithLineAndColumn(@TempDir Path temp) throws Exception {
    Path file = write(temp, HEADER + "  <eClassifiers xsi:type=\"ecore:EClass\" name=\"A\">\n</ecore:EPackage>\n");
    String message = assertThrows(CodeGenerationException.class, () -> EcoreFiles.load(file, "model/p.ecore")).getMessage();
    assertTrue(message.startsWith("model/p.ecore cannot be read:\n  model/p.ecore:5:3: "), message);
  }

  @Test
  void aTypeThatDoesNotExistInTheFileIsReportedWithLineAndColumn(@TempDir Path temp) throws Exception {
    Path file = write(temp, HEADER + "  <eClassifiers xsi:type=\"ecore:EClass\" name=\"A\">\n"
        + "    <eStructuralFeatures xsi:type=\"ecore:EReference\" name=\"b\" eType=\"#//Missing\"/>\n"
        + "  </eClassifiers>\n</ecore:EPackage>\n");
    String message = assertThrows(CodeGenerationException.class, () -> EcoreFiles.load(file, "p.ecore")).getMessage();
    assertEquals("p.ecore cannot be read:\n  p.ecore:5:83: Unresolved reference '//Missing'.", message);
  }

  @Test
  void aTypeThatDoesNotExistInAnotherPackageIsNamed(@TempDir Path temp) throws Exception {
    Path file = write(temp, HEADER + "  <eClassifiers xsi:type=\"ecore:EClass\" name=\"A\">\n"
        + "    <eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"b\""
        + " eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EStrin\"/>\n"
        + "  </eClassifiers>\n</ecore:EPackage>\n");
    String message = assertThrows(CodeGenerationException.class, () -> EcoreFiles.load(file, "p.ecore")).getMessage();
    assertTrue(message.startsWith("p.ecore refers to types that do not exist: ") && message.contains("#//EStrin"), message);
  }

  @Test
  void brokenEcoreConstraintsAreListed(@TempDir Path temp) throws Exception {
    Path file = write(temp, HEADER + "  <eClassifiers xsi:type=\"ecore:EClass\" name=\"A\"/>\n"
        + "  <eClassifiers xsi:type=\"ecore:EClass\" name=\"A\"/>\n</ecore:EPackage>\n");
    String message = assertThrows(CodeGenerationException.class, () -> EcoreFiles.load(file, "p.ecore")).getMessage();
    assertTrue(message.startsWith("p.ecore breaks Ecore's constraints:\n  "), message);
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path temp) {
    String message = assertThrows(CodeGenerationException.class, () -> EcoreFiles.load(temp.resolve("none.ecore"), "none.ecore"))
        .getMessage();
    assertTrue(message.contains("none.ecore"), message);
  }

  private static Path write(Path temp, String text) throws Exception {
    Path file = temp.resolve("p.ecore");
    Files.writeString(file, text);
    return file;
  }
}
