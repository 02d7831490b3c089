/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

/** What the diagram draws, on a small package with every construct. */
class ModelDiagramTest {

  private final EPackage sample = SamplePackage.create();
  private final String dot = ModelDiagram.toDot(sample, List.of("a header line")).text();

  @Test
  void startsWithTheHeaderAsComments() {
    assertTrue(dot.startsWith("// a header line\ndigraph \"shop\" {\n"), dot);
  }

  @Test
  void containmentHasTheDiamondAtTheContainerAndNamesFeatureMultiplicityAndKeys() {
    assertContains("\"Shop\" -> \"Item\" [dir=both, arrowtail=diamond, arrowhead=none, label=\"items [0..*]\\n{key: name}\"];");
    assertContains("\"Item\" -> \"Part\" [dir=both, arrowtail=diamond, arrowhead=none, label=\"parts [0..*]\"];");
  }

  @Test
  void aReferenceUpTheTreeIsDashedAndDrawnBackwardsSoTheArrowStillPointsAtItsTarget() {
    assertContains("\"Item\" -> \"Part\" [dir=back, arrowtail=vee, arrowhead=none, style=dashed, weight=0, label=\"item [1]\"];");
  }

  @Test
  void aSupertypeIsAHollowTriangle() {
    assertContains("\"Item\" -> \"Named\" [arrowhead=onormal, arrowsize=1.1];");
  }

  @Test
  void classesListTheirAttributesWithMultiplicityAndDefaults() {
    String item = nodeLine("Item");
    assertTrue(item.contains("<b>Item</b>"), item);
    assertTrue(item.contains("size : int = 3<br/>label : String = &lt;none&gt;<br/>tags : String [0..*]<br/>kind : Kind<br/>"
        + "password : SecretReference"), item);
    assertFalse(item.contains("name : String"), "inherited attributes belong to the supertype's box: " + item);
    assertTrue(nodeLine("Named").contains("<i><b>Named</b></i>"), "abstract classes are in italics");
  }

  @Test
  void enumerationsListTheirLiteralsAndDataTypesTheirJavaClass() {
    String kind = nodeLine("Kind");
    assertTrue(kind.contains("&#171;enumeration&#187;"), kind);
    assertTrue(kind.contains("small<br/>large"), kind);
    String secret = nodeLine("SecretReference");
    assertTrue(secret.contains("&#171;data type&#187;") && secret.contains("org.example.SecretReference"), secret);
  }

  @Test
  void eachContainmentOfTheRootIsAClusterWithEverythingBelowIt() {
    int cluster = dot.indexOf("subgraph \"cluster_items\" {");
    assertTrue(cluster > 0, dot);
    String body = dot.substring(cluster, dot.indexOf("  }\n", cluster));
    assertTrue(body.contains("label=\"/items[name]\""), body);
    for (String member : List.of("Item", "Part", "Named", "Kind", "SecretReference")) {
      assertTrue(body.contains("\n    \"" + member + "\" [label="), member + " belongs in the cluster: " + body);
    }
    assertTrue(body.contains("{ rank=same; \"Item\"; \"Kind\"; }"), "an enumeration sits beside its class: " + body);
    assertTrue(dot.contains("\n  \"Shop\" [label="), "the root is outside the clusters");
  }

  @Test
  void theOutputIsStableAndItsFingerprintCoversEverythingElse() {
    ModelDiagram.Dot first = ModelDiagram.toDot(SamplePackage.create(), List.of("a header line"));
    assertEquals(dot, first.text());
    assertEquals(Optional.of(first.fingerprint()), ModelDiagram.fingerprintIn(first.text()));

    EPackage changed = SamplePackage.create();
    ((EClass) changed.getEClassifier("Part")).getEStructuralFeatures().get(0).setName("fits");
    assertNotEquals(first.fingerprint(), ModelDiagram.toDot(changed, List.of("a header line")).fingerprint());
    assertNotEquals(first.fingerprint(), ModelDiagram.toDot(SamplePackage.create(), List.of("another header")).fingerprint());
  }

  private String nodeLine(String name) {
    int start = dot.indexOf("\"" + name + "\" [label=<");
    assertTrue(start >= 0, "no node " + name + " in\n" + dot);
    return dot.substring(start, dot.indexOf('\n', start));
  }

  private void assertContains(String expected) {
    assertTrue(dot.contains(expected), "expected\n  " + expected + "\nin\n" + dot);
  }
}
