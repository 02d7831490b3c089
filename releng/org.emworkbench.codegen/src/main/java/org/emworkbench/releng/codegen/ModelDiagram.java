/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * Draws the classes of an Ecore package as a UML-style class diagram in Graphviz's DOT language.
 *
 * <ul>
 * <li>a class is a box with its name and its attributes ({@code name : Type}, the multiplicity in
 * brackets unless it is {@code 0..1}, {@code = default} where the .ecore sets one);</li>
 * <li>an enumeration lists its literals as model files write them; a data type shows its Java
 * class;</li>
 * <li>containment is an edge with a filled diamond at the container, labelled with the feature, its
 * multiplicity and {@code {key: …}}, the reference's eKeys; a non-containment reference is a dashed
 * arrow; a supertype is a hollow triangle;</li>
 * <li>an enumeration or data type sits beside the first class whose attribute uses it;</li>
 * <li>each containment reference of a root class (a concrete class no reference contains) becomes
 * a cluster holding everything contained below it and the supertypes of those classes, labelled
 * with the start of its object paths.</li>
 * </ul>
 *
 * The output depends on nothing but the package: elements come in the order of the .ecore (a list,
 * so the order is stable and is the one the editor and the generated code use), lines end with
 * {@code \n}, and there are no timestamps. The graph's {@code comment} attribute carries a
 * fingerprint, the SHA-256 of the rest of the DOT text; Graphviz copies it into the SVG as an XML
 * comment, which lets a check tell whether an SVG was rendered from this very DOT text.
 */
public final class ModelDiagram {

  /**
   * What precedes the fingerprint's hex digits in the DOT text and in the SVG Graphviz renders; no
   * hyphens, which Graphviz writes as &amp;#45; in SVG comments.
   */
  static final String FINGERPRINT_PREFIX = "EMW model diagram sha256:";

  private static final Pattern FINGERPRINT = Pattern.compile(Pattern.quote(FINGERPRINT_PREFIX) + "([0-9a-f]{64})");

  private static final String FONT = "Helvetica,Arial,sans-serif";
  private static final String CLASS_COLOUR = "#dce8f6";
  private static final String ENUM_COLOUR = "#fbf1c7";
  private static final String DATA_TYPE_COLOUR = "#e8e8e8";
  private static final String BORDER_COLOUR = "#5b6b7f";

  /** A diagram in DOT and its fingerprint (the hex digits only). */
  public record Dot(String text, String fingerprint) {
  }

  private ModelDiagram() {
  }

  /**
   * @param ePackage the package to draw (its subpackages are not drawn)
   * @param header comment lines for the top of the file, without {@code //}, e.g. where the model
   *          comes from and how to regenerate the file
   * @return the diagram
   */
  public static Dot toDot(EPackage ePackage, List<String> header) {
    StringBuilder top = new StringBuilder();
    for (String line : header) {
      top.append("// ").append(line).append('\n');
    }
    top.append("digraph ").append(quote(ePackage.getName())).append(" {\n");

    StringBuilder body = new StringBuilder();
    body.append("  graph [rankdir=LR, fontname=").append(quote(FONT)).append(", nodesep=0.18, ranksep=0.45, pad=0.2, newrank=true,")
        .append(" labelloc=t, labeljust=l, fontsize=14,\n    label=<<b>").append(html(ePackage.getName())).append("</b>")
        .append(ePackage.getNsURI() == null ? "" : "  <font point-size=\"10\">" + html(ePackage.getNsURI()) + "</font>")
        .append("<br/> >];\n");
    body.append("  node [shape=plain, fontname=").append(quote(FONT)).append(", fontsize=10];\n");
    body.append("  edge [fontname=").append(quote(FONT)).append(", fontsize=9, color=").append(quote(BORDER_COLOUR))
        .append(", arrowsize=0.8];\n");

    Layout layout = Layout.of(ePackage);
    body.append('\n');
    nodes(layout.outside(), layout, "  ", body);
    for (Map.Entry<EReference, List<EClassifier>> area : layout.areas().entrySet()) {
      EReference start = area.getKey();
      body.append('\n').append("  subgraph ").append(quote("cluster_" + start.getName())).append(" {\n");
      body.append("    label=").append(quote(pathStart(start))).append("; fontsize=11; style=\"rounded,dashed\"; color=\"#9aa7b5\";")
          .append(" fontcolor=\"#4a5868\";\n");
      nodes(area.getValue(), layout, "    ", body);
      body.append("  }\n");
    }

    body.append('\n');
    for (EClass eClass : EcoreText.classes(ePackage)) {
      for (EClass superType : eClass.getESuperTypes()) {
        body.append("  ").append(quote(eClass.getName())).append(" -> ").append(quote(superType.getName()))
            .append(" [arrowhead=onormal, arrowsize=1.1];\n");
      }
      for (EReference reference : eClass.getEReferences()) {
        edge(reference, layout).ifPresent(edge -> body.append("  ").append(edge).append('\n'));
      }
    }
    // Only to keep an enumeration or data type next to its class: the attribute names the type.
    for (Map.Entry<EDataType, EClass> anchor : layout.anchors().entrySet()) {
      body.append("  ").append(quote(anchor.getValue().getName())).append(" -> ").append(quote(anchor.getKey().getName()))
          .append(" [style=invis];\n");
    }
    body.append("}\n");

    String fingerprint = sha256(top.toString() + body);
    String text = top + "  comment=" + quote(FINGERPRINT_PREFIX + fingerprint) + ";\n" + body;
    return new Dot(text, fingerprint);
  }

  /** @return the fingerprint (hex digits) in a DOT or SVG text, if it has one */
  public static Optional<String> fingerprintIn(String text) {
    Matcher matcher = FINGERPRINT.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Where the classifiers go: outside any cluster, or in the cluster of a root's containment
   * reference; next to which class an enumeration or data type sits (the first that uses it); and
   * how deep below a root each class is contained.
   */
  private record Layout(List<EClassifier> outside, Map<EReference, List<EClassifier>> areas, Map<EDataType, EClass> anchors,
      Map<EClass, Integer> depths) {

    static Layout of(EPackage ePackage) {
      List<EClass> classes = EcoreText.classes(ePackage);
      Set<EClass> contained = new LinkedHashSet<>();
      for (EClass eClass : classes) {
        for (EReference reference : eClass.getEReferences()) {
          if (reference.isContainment()) {
            contained.add(reference.getEReferenceType());
            contained.addAll(subclasses(reference.getEReferenceType(), classes));
          }
        }
      }

      // An abstract class no reference contains is a supertype, not a root: it joins its first subclass's area.
      List<EClass> roots = classes.stream().filter(eClass -> !contained.contains(eClass) && !eClass.isAbstract()).toList();
      Set<EClassifier> placed = new LinkedHashSet<>(roots);
      Map<EReference, List<EClassifier>> areas = new LinkedHashMap<>();
      Map<EClass, Integer> depths = new LinkedHashMap<>();
      for (EClass root : roots) {
        depths.put(root, 0);
        for (EReference reference : root.getEReferences()) {
          if (reference.isContainment()) {
            List<EClassifier> members = new ArrayList<>();
            collect(reference.getEReferenceType(), 1, classes, placed, members, depths);
            if (!members.isEmpty()) {
              areas.put(reference, members);
            }
          }
        }
      }

      for (EClass eClass : classes) {
        if (!placed.contains(eClass)) {
          areas.values().stream().filter(members -> members.stream().anyMatch(member -> member instanceof EClass subclass
              && subclass.getEAllSuperTypes().contains(eClass))).findFirst().ifPresent(members -> {
                members.add(eClass);
                placed.add(eClass);
              });
        }
      }

      // An enumeration or data type sits next to the first class that uses it, in its cluster.
      Map<EDataType, EClass> anchors = new LinkedHashMap<>();
      List<EClassifier> outside = new ArrayList<>(roots);
      for (EClass root : roots) {
        anchorTypes(root, ePackage, placed, anchors, outside);
      }
      for (List<EClassifier> members : areas.values()) {
        for (EClassifier member : List.copyOf(members)) {
          if (member instanceof EClass eClass) {
            anchorTypes(eClass, ePackage, placed, anchors, members);
          }
        }
      }
      for (EClassifier classifier : ePackage.getEClassifiers()) {
        if (placed.add(classifier)) {
          outside.add(classifier);
        }
      }
      return new Layout(outside, areas, anchors, depths);
    }

    private static void anchorTypes(EClass eClass, EPackage ePackage, Set<EClassifier> placed, Map<EDataType, EClass> anchors,
        List<EClassifier> members) {
      for (EAttribute attribute : eClass.getEAttributes()) {
        EDataType type = attribute.getEAttributeType();
        if (type.getEPackage() == ePackage && placed.add(type)) {
          members.add(type);
          anchors.put(type, eClass);
        }
      }
    }

    private static void collect(EClass eClass, int depth, List<EClass> classes, Set<EClassifier> placed, List<EClassifier> members,
        Map<EClass, Integer> depths) {
      if (!placed.add(eClass)) {
        return;
      }
      members.add(eClass);
      depths.put(eClass, depth);
      for (EClass subclass : subclasses(eClass, classes)) {
        collect(subclass, depth, classes, placed, members, depths);
      }
      for (EReference reference : eClass.getEReferences()) {
        if (reference.isContainment()) {
          collect(reference.getEReferenceType(), depth + 1, classes, placed, members, depths);
        }
      }
    }

    private static List<EClass> subclasses(EClass eClass, List<EClass> classes) {
      return classes.stream().filter(candidate -> candidate != eClass && candidate.getEAllSuperTypes().contains(eClass)).toList();
    }

    /** Whether {@code a} is contained less deep than {@code b}; false when either is not contained below a root. */
    boolean isShallower(EClass a, EClass b) {
      Integer depthOfA = depths.get(a);
      Integer depthOfB = depths.get(b);
      return depthOfA != null && depthOfB != null && depthOfA < depthOfB;
    }
  }

  private static String node(EClassifier classifier) {
    StringBuilder label = new StringBuilder();
    label.append("<<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\" color=\"").append(BORDER_COLOUR)
        .append("\" bgcolor=\"white\">");
    List<String> lines = new ArrayList<>();
    if (classifier instanceof EEnum eEnum) {
      header(label, "&#171;enumeration&#187;", classifier.getName(), false, ENUM_COLOUR);
      for (EEnumLiteral literal : eEnum.getELiterals()) {
        lines.add(html(literal.getLiteral()));
      }
    } else if (classifier instanceof EClass eClass) {
      String stereotype = eClass.isInterface() ? "&#171;interface&#187;" : null;
      header(label, stereotype, classifier.getName(), eClass.isAbstract(), CLASS_COLOUR);
      for (EAttribute attribute : eClass.getEAttributes()) {
        lines.add(attribute(attribute));
      }
    } else {
      header(label, "&#171;data type&#187;", classifier.getName(), false, DATA_TYPE_COLOUR);
      if (classifier.getInstanceClassName() != null) {
        lines.add("<font point-size=\"8\">" + html(classifier.getInstanceClassName()) + "</font>");
      }
    }
    if (!lines.isEmpty() || classifier instanceof EClass) {
      label.append("<tr><td align=\"left\" balign=\"left\" cellpadding=\"4\" sides=\"t\" border=\"1\">");
      label.append(lines.isEmpty() ? " " : String.join("<br/>", lines));
      label.append("</td></tr>");
    }
    label.append("</table>>");
    return quote(classifier.getName()) + " [label=" + label + "];";
  }

  private static void header(StringBuilder label, String stereotype, String name, boolean italic, String colour) {
    label.append("<tr><td bgcolor=\"").append(colour).append("\" cellpadding=\"4\">");
    if (stereotype != null) {
      label.append("<font point-size=\"8\">").append(stereotype).append("</font><br/>");
    }
    String bold = "<b>" + html(name) + "</b>";
    label.append(italic ? "<i>" + bold + "</i>" : bold).append("</td></tr>");
  }

  private static String attribute(EAttribute attribute) {
    StringBuilder line = new StringBuilder(html(attribute.getName())).append(" : ")
        .append(html(EcoreText.typeName(attribute.getEAttributeType())));
    String multiplicity = EcoreText.multiplicity(attribute);
    if (!multiplicity.equals("0..1")) {
      line.append(" [").append(multiplicity).append(']');
    }
    if (attribute.getDefaultValueLiteral() != null) {
      line.append(" = ").append(html(attribute.getDefaultValueLiteral()));
    }
    return line.toString();
  }

  private static void nodes(List<EClassifier> classifiers, Layout layout, String indent, StringBuilder body) {
    for (EClassifier classifier : classifiers) {
      body.append(indent).append(node(classifier)).append('\n');
    }
    // In the same rank, an enumeration or data type sits beside (with rankdir=LR: above or below)
    // its class instead of one column further right, which keeps the diagram narrow.
    for (EClassifier classifier : classifiers) {
      EClass anchor = classifier instanceof EDataType type ? layout.anchors().get(type) : null;
      if (anchor != null) {
        body.append(indent).append("{ rank=same; ").append(quote(anchor.getName())).append("; ").append(quote(classifier.getName()))
            .append("; }\n");
      }
    }
  }

  private static Optional<String> edge(EReference reference, Layout layout) {
    if (reference.isContainer()) {
      return Optional.empty(); // drawn as the containment it is the opposite of
    }
    EReference opposite = reference.getEOpposite();
    boolean twoWay = opposite != null && !opposite.isContainer();
    if (twoWay && isDrawnBefore(opposite, reference)) {
      return Optional.empty(); // drawn once, as a two-way edge, with the other end
    }
    EClass source = reference.getEContainingClass();
    EClass target = reference.getEReferenceType();
    String multiplicity = " [" + EcoreText.multiplicity(reference) + "]";
    if (reference.isContainment()) {
      String label = reference.getName() + multiplicity;
      List<String> keys = EcoreText.keyNames(reference);
      if (!keys.isEmpty()) {
        label += "\n{key: " + String.join(", ", keys) + "}";
      }
      return Optional.of(quote(source.getName()) + " -> " + quote(target.getName()) + " [dir=both, arrowtail=diamond, arrowhead=none, label="
          + quote(label) + "];");
    }
    String label = twoWay
        ? source.getName() + "." + reference.getName() + multiplicity + "\n" + target.getName() + "." + opposite.getName() + " ["
            + EcoreText.multiplicity(opposite) + "]"
        : reference.getName() + multiplicity;
    String style = "style=dashed, weight=0, label=" + quote(label);
    // Graphviz ranks an edge's head after its tail. A reference to a class contained higher up
    // (an app assignment to its app) is therefore written the other way round and drawn backwards,
    // so it neither drags its target to the right nor loops around the clusters.
    if (layout.isShallower(target, source)) {
      return Optional.of(quote(target.getName()) + " -> " + quote(source.getName()) + " [dir=" + (twoWay ? "both" : "back")
          + ", arrowtail=vee, arrowhead=" + (twoWay ? "vee" : "none") + ", " + style + "];");
    }
    return Optional.of(quote(source.getName()) + " -> " + quote(target.getName()) + " [dir=" + (twoWay ? "both" : "forward")
        + ", arrowtail=" + (twoWay ? "vee" : "none") + ", arrowhead=vee, " + style + "];");
  }

  /** Whether {@code other} comes before {@code reference} in the .ecore, so its edge is already drawn. */
  private static boolean isDrawnBefore(EReference other, EReference reference) {
    List<EClassifier> classifiers = reference.getEContainingClass().getEPackage().getEClassifiers();
    int otherClass = classifiers.indexOf(other.getEContainingClass());
    int thisClass = classifiers.indexOf(reference.getEContainingClass());
    if (otherClass != thisClass) {
      return otherClass < thisClass;
    }
    List<EReference> references = reference.getEContainingClass().getEReferences();
    return references.indexOf(other) < references.indexOf(reference);
  }

  /** @return how object paths below a root's containment reference start, e.g. {@code /applications[name,platform]} */
  private static String pathStart(EReference reference) {
    String start = "/" + reference.getName();
    if (!reference.isMany()) {
      return start;
    }
    List<String> keys = EcoreText.keyNames(reference);
    return start + "[" + (keys.isEmpty() ? "…" : String.join(",", keys)) + "]";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
