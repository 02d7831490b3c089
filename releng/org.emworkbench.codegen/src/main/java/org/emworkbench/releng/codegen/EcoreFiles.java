/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Reads an .ecore file with EMF, stand-alone (no OSGi, no workspace). */
final class EcoreFiles {

  private EcoreFiles() {
  }

  /**
   * Loads the one package of an .ecore file and checks it with EMF's own Ecore validation.
   *
   * @param file the .ecore file
   * @param shownAs how messages name the file, e.g. its path relative to the repository root
   * @return the package, with every reference resolved
   * @throws CodeGenerationException if the file is missing or is not well-formed XML (with line and
   *           column), does not hold exactly one package, refers to types that do not exist, or
   *           breaks Ecore's constraints
   */
  static EPackage load(Path file, String shownAs) throws CodeGenerationException {
    if (!Files.isRegularFile(file)) {
      throw new CodeGenerationException("No model at " + file + ": pass the repository root as the second argument.");
    }
    ResourceSet resources = new ResourceSetImpl();
    resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
    Resource resource = resources.createResource(uri);
    try {
      resource.load(Map.of());
    } catch (Exception e) {
      // The resource's own errors carry line and column; the exception only wraps the first one.
      if (resource.getErrors().isEmpty()) {
        throw new CodeGenerationException(shownAs + ": cannot be read: " + e.getMessage(), e);
      }
    }
    if (!resource.getErrors().isEmpty()) {
      throw new CodeGenerationException(shownAs + " cannot be read:\n" + describe(shownAs, resource.getErrors()));
    }
    if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof EPackage ePackage)) {
      throw new CodeGenerationException(shownAs + " must hold exactly one EPackage at its root.");
    }

    EcoreUtil.resolveAll(resources);
    Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resources);
    if (!unresolved.isEmpty()) {
      List<String> names = new ArrayList<>();
      unresolved.keySet().forEach(proxy -> names.add(EcoreUtil.getURI(proxy).toString()));
      throw new CodeGenerationException(shownAs + " refers to types that do not exist: " + String.join(", ", names.stream().sorted().toList()));
    }

    Diagnostic validation = Diagnostician.INSTANCE.validate(ePackage);
    if (validation.getSeverity() >= Diagnostic.ERROR) {
      StringBuilder message = new StringBuilder(shownAs).append(" breaks Ecore's constraints:");
      for (Diagnostic child : validation.getChildren()) {
        if (child.getSeverity() >= Diagnostic.ERROR) {
          message.append("\n  ").append(child.getMessage());
        }
      }
      throw new CodeGenerationException(message.toString());
    }
    return ePackage;
  }

  private static String describe(String shownAs, List<Resource.Diagnostic> errors) {
    StringBuilder lines = new StringBuilder();
    for (Resource.Diagnostic error : errors) {
      // EMF appends "(uri, line, column)" to its messages: the line and column are given already.
      String message = error.getMessage();
      String place = " (" + error.getLocation() + ", " + error.getLine() + ", " + error.getColumn() + ")";
      if (message.endsWith(place)) {
        message = message.substring(0, message.length() - place.length());
      }
      lines.append("  ").append(shownAs).append(':').append(error.getLine()).append(':').append(error.getColumn()).append(": ")
          .append(message).append('\n');
    }
    return lines.toString().stripTrailing();
  }
}
