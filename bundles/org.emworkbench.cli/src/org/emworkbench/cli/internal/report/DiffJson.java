/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.List;
import java.util.Map;

import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.model.compare.ComparisonResult;
import org.emworkbench.model.compare.Difference;

/**
 * Writes a model comparison as JSON for scripts. The shape is a contract
 * (documented in {@code docs/diff.md}): every difference has {@code kind},
 * {@code path}, {@code object}, {@code class} and {@code feature}
 * ({@code null} for whole objects), then the members of its kind; new members
 * may be added, none is renamed or removed without raising
 * {@link #SHAPE_VERSION}.
 *
 * <pre>
 * { "shapeVersion": 1, "tool": { "name", "version" }, "left", "right", "ignored": [ "Class.feature" ],
 *   "differences": [ { "kind": "added"|"removed"|"changed"|"reordered"|"duplicate-key",
 *                      "path", "object", "class", "feature",
 *                      added/removed: "attributes": { name: value },
 *                      changed, one value: "old", "new" (null: unset),
 *                      changed, several values: "old": [], "new": [], "removedValues": [], "addedValues": [],
 *                      reordered: "old": [keys], "new": [keys],
 *                      duplicate-key: "side": "left"|"right", "count" } ],
 *   "summary": { "differences", "added", "removed", "changed", "reordered", "duplicateKeys", "exitCode" } }
 * </pre>
 */
public final class DiffJson {

    /** The version of the document's shape; raised only for incompatible changes. */
    public static final int SHAPE_VERSION = 1;

    private DiffJson() {
    }

    /**
     * @param result   the comparison
     * @param left     the first model as the user named it
     * @param right    the second model as the user named it
     * @param ignored  the features left out, {@code Class.feature}
     * @param version  the tool's version
     * @param exitCode the command's exit code, repeated for scripts
     * @return an indented JSON document
     */
    public static String document(ComparisonResult result, String left, String right, List<String> ignored,
            String version, int exitCode) {
        JsonWriter json = JsonDocuments.begin(SHAPE_VERSION, version);
        json.member("left", left).member("right", right);
        json.name("ignored");
        strings(json, ignored);
        json.name("differences").beginArray();
        for (Difference difference : result.differences()) {
            difference(json, difference);
        }
        json.endArray();
        json.name("summary").beginObject().member("differences", result.differences().size())
                .member("added", result.count(Difference.Kind.ADDED))
                .member("removed", result.count(Difference.Kind.REMOVED))
                .member("changed", result.count(Difference.Kind.CHANGED))
                .member("reordered", result.count(Difference.Kind.REORDERED))
                .member("duplicateKeys", result.count(Difference.Kind.DUPLICATE_KEY)).member("exitCode", exitCode)
                .endObject();
        return json.endObject().toJson();
    }

    private static void difference(JsonWriter json, Difference difference) {
        json.beginObject().member("kind", difference.kind().label()).member("path", difference.path());
        switch (difference) {
            case Difference.Added added -> whole(json, added.path(), added.className(), added.attributes());
            case Difference.Removed removed -> whole(json, removed.path(), removed.className(), removed.attributes());
            case Difference.Changed changed -> {
                head(json, changed);
                json.member("old", changed.oldValue()).member("new", changed.newValue());
            }
            case Difference.ValuesChanged values -> {
                head(json, values);
                strings(json.name("old"), values.oldValues());
                strings(json.name("new"), values.newValues());
                strings(json.name("removedValues"), values.removed());
                strings(json.name("addedValues"), values.added());
            }
            case Difference.Reordered reordered -> {
                head(json, reordered);
                strings(json.name("old"), reordered.oldOrder());
                strings(json.name("new"), reordered.newOrder());
            }
            case Difference.DuplicateKey duplicate -> {
                head(json, duplicate.path(), duplicate.className(), null);
                json.member("side", duplicate.side().label()).member("count", duplicate.count());
            }
        }
        json.endObject();
    }

    private static void whole(JsonWriter json, String path, String className, Map<String, String> attributes) {
        head(json, path, className, null);
        json.name("attributes").beginObject();
        attributes.forEach(json::member);
        json.endObject();
    }

    private static void head(JsonWriter json, Difference.FeatureDifference difference) {
        head(json, difference.objectPath(), difference.className(), difference.feature());
    }

    private static void head(JsonWriter json, String objectPath, String className, String feature) {
        json.member("object", objectPath).member("class", className).member("feature", feature);
    }

    private static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        values.forEach(json::value);
        json.endArray();
    }
}
