/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the Markdown reference says, on a small package with every construct. */
class ModelReferenceTest {

  private final String markdown = ModelReference.toMarkdown(SamplePackage.create());

  @Test
  void aClassHasItsDocumentationObjectPathsAndAFeatureTable() {
    String item = section("### Item");
    assertTrue(item.contains("Extends [Named](#named). A thing for sale.\n"), item);
    assertTrue(item.contains("Object path: `/items[name]`\n"), item);
    assertTrue(item.contains("| `size` | attribute | `int` | 0..1 | `3` |  |  |\n"), item);
    assertTrue(item.contains("| `tags` | attribute | `String` | 0..* |  |  |  |\n"), item);
    assertTrue(item.contains("| `kind` | attribute | [Kind](#kind) | 0..1 |  |  |  |\n"), item);
    assertTrue(item.contains("| `parts` | contains | [Part](#part) | 0..* |  |  |  |\n"), item);
  }

  @Test
  void keysAreShownOnTheReferenceAndOnTheAttribute() {
    assertTrue(section("### Shop").contains("| `items` | contains | [Item](#item) | 0..* |  | `name` | What the shop sells. |"), markdown);
    assertTrue(section("### Named").contains("| `name` | attribute | `String` | 0..1 |  | yes | The \\*name\\*, see policy_metadata.xml. |"),
        markdown);
  }

  @Test
  void anElementWithoutKeysIsNamedByTheKeyOfWhatItRefersTo() {
    String part = section("### Part");
    assertTrue(part.contains("Object path: `/items[name]/parts[item.name]`"), part);
    assertTrue(part.contains("| `item` | refers to | [Item](#item) | 1 |  |  | The item this part fits. |"), part);
    assertTrue(section("### Shop").contains("Object path: `/`"), markdown);
    assertFalse(section("### Named").contains("Object path"), "an abstract class nothing contains has no path of its own");
  }

  @Test
  void enumerationsAndDataTypesSayWhatUsesThem() {
    String kind = section("### Kind");
    assertTrue(kind.contains("What an item is. Used by [`Item.kind`](#item).\n"), kind);
    assertTrue(kind.contains("| `small` | `SMALL_THING` | Fits in a \\| pocket. |\n"), kind);
    String secret = section("### SecretReference");
    assertTrue(secret.contains("Java class `org.example.SecretReference`, written in model files as text. Used by [`Item.password`](#item)."),
        secret);
  }

  @Test
  void textIsEscapedSoItShowsAsTheEcoreHasIt() {
    assertEquals("a \\| b \\*c\\* policy_metadata.xml \\_x &lt;y> \\[z\\] DOMAIN\\\\user \\`q\\`",
        ModelReference.markdown("a | b *c* policy_metadata.xml _x <y> [z] DOMAIN\\user `q`"));
  }

  private String section(String heading) {
    int start = markdown.indexOf(heading + "\n");
    assertTrue(start >= 0, "no " + heading + " in\n" + markdown);
    int end = markdown.indexOf("\n### ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }
}
