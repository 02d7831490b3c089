/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Writes the reference of an Ecore package as Markdown: a section per class (its documentation,
 * the object paths that name its instances, and a table of its features: kind, type,
 * multiplicity, default, key, documentation), then the enumerations with their literals, then the
 * data types. Everything comes from the .ecore, in its order, so the text is the same on every run.
 *
 * <p>Headings are the classifiers' names, so a type links to its section as {@code #name} in
 * lower case (GitHub's anchors).
 */
public final class ModelReference {

  private ModelReference() {
  }

  /** @return the reference, ending with a line break */
  public static String toMarkdown(EPackage ePackage) {
    Set<EAttribute> keyAttributes = EcoreText.keyAttributes(ePackage);
    StringBuilder out = new StringBuilder();

    out.append("## Classes\n");
    for (EClass eClass : EcoreText.classes(ePackage)) {
      out.append("\n### ").append(eClass.getName()).append("\n\n");
      List<String> facts = new ArrayList<>();
      if (eClass.isInterface()) {
        facts.add("*Interface.*");
      } else if (eClass.isAbstract()) {
        facts.add("*Abstract.*");
      }
      if (!eClass.getESuperTypes().isEmpty()) {
        facts.add("Extends " + String.join(", ", eClass.getESuperTypes().stream().map(ModelReference::link).toList()) + ".");
      }
      String documentation = EcoreText.documentation(eClass);
      if (!documentation.isEmpty()) {
        facts.add(markdown(documentation));
      }
      if (!facts.isEmpty()) {
        out.append(String.join(" ", facts)).append("\n\n");
      }
      List<String> paths = ObjectPathPatterns.of(eClass);
      if (!paths.isEmpty()) {
        out.append(paths.size() == 1 ? "Object path: " : "Object paths: ")
            .append(String.join(", ", paths.stream().map(path -> "`" + path + "`").toList())).append("\n\n");
      }
      if (eClass.getEStructuralFeatures().isEmpty()) {
        out.append("No features of its own.\n");
        continue;
      }
      out.append("| feature | kind | type | multiplicity | default | key | documentation |\n");
      out.append("|---|---|---|---|---|---|---|\n");
      for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
        out.append("| `").append(feature.getName()).append("` | ").append(kind(feature)).append(" | ").append(typeOf(feature))
            .append(" | ").append(EcoreText.multiplicity(feature)).append(" | ").append(defaultOf(feature)).append(" | ")
            .append(keyOf(feature, keyAttributes)).append(" | ").append(markdown(EcoreText.documentation(feature))).append(" |\n");
      }
    }

    List<EEnum> enums = ePackage.getEClassifiers().stream().filter(EEnum.class::isInstance).map(EEnum.class::cast).toList();
    if (!enums.isEmpty()) {
      out.append("\n## Enumerations\n");
      for (EEnum eEnum : enums) {
        out.append("\n### ").append(eEnum.getName()).append("\n\n");
        String documentation = EcoreText.documentation(eEnum);
        out.append(documentation.isEmpty() ? "" : markdown(documentation) + " ").append(usedBy(eEnum, ePackage)).append("\n\n");
        out.append("| literal (in model files) | Java name | documentation |\n");
        out.append("|---|---|---|\n");
        for (EEnumLiteral literal : eEnum.getELiterals()) {
          out.append("| `").append(literal.getLiteral()).append("` | `").append(literal.getName()).append("` | ")
              .append(markdown(EcoreText.documentation(literal))).append(" |\n");
        }
      }
    }

    List<EDataType> dataTypes = ePackage.getEClassifiers().stream()
        .filter(classifier -> classifier instanceof EDataType && !(classifier instanceof EEnum)).map(EDataType.class::cast).toList();
    if (!dataTypes.isEmpty()) {
      out.append("\n## Data types\n");
      for (EDataType dataType : dataTypes) {
        out.append("\n### ").append(dataType.getName()).append("\n\n");
        String documentation = EcoreText.documentation(dataType);
        if (!documentation.isEmpty()) {
          out.append(markdown(documentation)).append("\n\n");
        }
        if (dataType.getInstanceClassName() != null) {
          out.append("Java class `").append(dataType.getInstanceClassName()).append("`, written in model files as text. ");
        }
        out.append(usedBy(dataType, ePackage)).append('\n');
      }
    }
    return out.toString();
  }

  private static String kind(EStructuralFeature feature) {
    if (feature instanceof EReference reference) {
      if (reference.isContainment()) {
        return "contains";
      }
      return reference.isContainer() ? "container" : "refers to";
    }
    return "attribute";
  }

  private static String typeOf(EStructuralFeature feature) {
    EClassifier type = feature.getEType();
    if (type != null && type.getEPackage() == feature.getEContainingClass().getEPackage()) {
      return link(type);
    }
    return "`" + EcoreText.typeName(type) + "`";
  }

  private static String defaultOf(EStructuralFeature feature) {
    String literal = feature.getDefaultValueLiteral();
    if (literal == null) {
      return "";
    }
    return literal.isEmpty() ? "`\"\"`" : "`" + literal.replace("|", "\\|") + "`";
  }

  private static String keyOf(EStructuralFeature feature, Set<EAttribute> keyAttributes) {
    if (feature instanceof EReference reference) {
      return String.join(", ", EcoreText.keyNames(reference).stream().map(name -> "`" + name + "`").toList());
    }
    return keyAttributes.contains(feature) ? "yes" : "";
  }

  private static String usedBy(EDataType type, EPackage ePackage) {
    List<String> users = new ArrayList<>();
    for (EClass eClass : EcoreText.classes(ePackage)) {
      for (EAttribute attribute : eClass.getEAttributes()) {
        if (attribute.getEAttributeType() == type) {
          users.add("[`" + eClass.getName() + "." + attribute.getName() + "`](" + anchor(eClass) + ")");
        }
      }
    }
    return users.isEmpty() ? "Not used by any attribute." : "Used by " + String.join(", ", users) + ".";
  }

  private static String link(EClassifier type) {
    return "[" + type.getName() + "](" + anchor(type) + ")";
  }

  private static String anchor(EClassifier type) {
    return "#" + type.getName().toLowerCase(Locale.ROOT);
  }

  /**
   * Escapes what Markdown would otherwise read as markup, so the text shows as the .ecore has it:
   * backslashes, table pipes, code spans, links, HTML tags, and emphasis marks that are not inside
   * a word (policy_metadata.xml stays readable).
   */
  static String markdown(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '`', '[', ']' -> escaped.append('\\').append(c);
        case '<' -> escaped.append("&lt;");
        case '*', '_' -> {
          boolean insideWord = i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
              && Character.isLetterOrDigit(text.charAt(i + 1));
          escaped.append(insideWord ? "" : "\\").append(c);
        }
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
