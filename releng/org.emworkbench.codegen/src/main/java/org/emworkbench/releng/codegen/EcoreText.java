/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * How the model documentation (diagram and reference) writes Ecore's elements, so that both say
 * the same thing the same way.
 */
final class EcoreText {

  private EcoreText() {
  }

  /**
   * @return Ecore's own data types by their Java names ({@code String}, {@code int},
   *         {@code boolean}), as readers know them; the package's classifiers by their names
   */
  static String typeName(EClassifier type) {
    if (type == null) {
      return "?";
    }
    if (type.getEPackage() == EcorePackage.eINSTANCE && type.getInstanceClass() != null) {
      return type.getInstanceClass().getSimpleName();
    }
    return type.getName();
  }

  /** @return {@code 0..1}, {@code 1}, {@code 0..*}, {@code 1..*} or {@code 2..5} */
  static String multiplicity(ETypedElement element) {
    int lower = element.getLowerBound();
    int upper = element.getUpperBound();
    if (lower == upper) {
      return Integer.toString(lower);
    }
    String upperText = switch (upper) {
      case ETypedElement.UNBOUNDED_MULTIPLICITY -> "*";
      case ETypedElement.UNSPECIFIED_MULTIPLICITY -> "?";
      default -> Integer.toString(upper);
    };
    return lower + ".." + upperText;
  }

  /** @return the GenModel documentation of the element, on one line; empty if there is none */
  static String documentation(EModelElement element) {
    String text = EcoreUtil.getDocumentation(element);
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** @return the names of the reference's key attributes (its eKeys), in their order */
  static List<String> keyNames(EReference reference) {
    return reference.getEKeys().stream().map(EAttribute::getName).toList();
  }

  /**
   * @return the attributes that some reference of the package names as a key of the classes it
   *         refers to, so the readers can tell which attributes identify an object
   */
  static Set<EAttribute> keyAttributes(EPackage ePackage) {
    Set<EAttribute> keys = new LinkedHashSet<>();
    for (EClass eClass : classes(ePackage)) {
      for (EReference reference : eClass.getEReferences()) {
        keys.addAll(reference.getEKeys());
      }
    }
    return keys;
  }

  /** @return the package's classes in the order of the .ecore */
  static List<EClass> classes(EPackage ePackage) {
    List<EClass> classes = new ArrayList<>();
    for (EClassifier classifier : ePackage.getEClassifiers()) {
      if (classifier instanceof EClass eClass) {
        classes.add(eClass);
      }
    }
    return classes;
  }
}
