/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * The shapes of the object paths that name a class's instances in findings, for the reference:
 * {@code /applications[name,platform]/policies[name]}, where the brackets list the key attributes
 * whose values name an element of a list.
 *
 * <p>This mirrors the naming rules of {@code org.emworkbench.validation.ObjectPaths} (which runs
 * in OSGi and cannot be called from this build tool): an element of a list is named by the eKeys of
 * its containment reference; without eKeys, by the key of the one object it refers to (an app
 * assignment by its app's name and platform, written {@code application.name,application.platform});
 * otherwise by its position.
 */
final class ObjectPathPatterns {

  private ObjectPathPatterns() {
  }

  /**
   * @return every path shape under which an instance of the class can occur; {@code /} for a
   *         concrete class that nothing contains (the root of a file); none for an abstract class
   *         that nothing contains
   */
  static List<String> of(EClass eClass) {
    Set<String> paths = new LinkedHashSet<>();
    collect(eClass, "", new LinkedHashSet<>(), paths);
    return new ArrayList<>(paths);
  }

  private static void collect(EClass eClass, String below, Set<EClass> visiting, Set<String> paths) {
    if (!visiting.add(eClass)) {
      return; // a class contained in itself: its deeper paths repeat the same segments
    }
    List<EReference> containments = containmentsOf(eClass);
    if (containments.isEmpty() && !eClass.isAbstract()) {
      paths.add(below.isEmpty() ? "/" : below);
    }
    for (EReference containment : containments) {
      String segment = "/" + containment.getName() + (containment.isMany() ? "[" + keyOf(containment) + "]" : "");
      // A reference declared by a class is held by the instances of every concrete subclass too.
      for (EClass holder : EcoreText.classes(eClass.getEPackage())) {
        if (!holder.isAbstract() && containment.getEContainingClass().isSuperTypeOf(holder)) {
          collect(holder, segment + below, visiting, paths);
        }
      }
    }
    visiting.remove(eClass);
  }

  /** The containment references of the package that can hold an instance of the class. */
  private static List<EReference> containmentsOf(EClass eClass) {
    List<EReference> containments = new ArrayList<>();
    for (EClass candidate : EcoreText.classes(eClass.getEPackage())) {
      for (EReference reference : candidate.getEReferences()) {
        if (reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(eClass)) {
          containments.add(reference);
        }
      }
    }
    return containments;
  }

  private static String keyOf(EReference containment) {
    if (!containment.getEKeys().isEmpty()) {
      return String.join(",", EcoreText.keyNames(containment));
    }
    EReference only = null;
    for (EReference reference : containment.getEReferenceType().getEAllReferences()) {
      if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()) {
        if (only != null) {
          return "position";
        }
        only = reference;
      }
    }
    if (only == null) {
      return "position";
    }
    List<EReference> targetContainments = containmentsOf(only.getEReferenceType());
    if (targetContainments.size() != 1 || targetContainments.get(0).getEKeys().isEmpty()) {
      return "position";
    }
    String name = only.getName();
    return String.join(",", EcoreText.keyNames(targetContainments.get(0)).stream().map(key -> name + "." + key).toList());
  }
}
