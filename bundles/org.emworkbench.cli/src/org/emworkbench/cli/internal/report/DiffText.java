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
import java.util.StringJoiner;

import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.model.compare.ComparisonResult;
import org.emworkbench.model.compare.Difference;

/**
 * Writes a model comparison for people: one line per difference, in the
 * result's stable order, starting with its kind and path:
 *
 * <pre>
 * changed /server/clientProperties[ENABLE_PASSCODE_AUTH]/value: "true" -&gt; "false"
 * removed /server/clientProperties[ENABLE_CREDENTIAL_STORE] (ClientProperty: key="ENABLE_CREDENTIAL_STORE", …)
 * </pre>
 *
 * Values are quoted as JSON strings, so an empty value ({@code ""}) differs
 * visibly from an unset one ({@code unset}) and no value can break the line.
 */
public final class DiffText {

    private DiffText() {
    }

    /**
     * @param result the comparison
     * @return the text, one line per difference, each ending with a line break; empty when there are none
     */
    public static String render(ComparisonResult result) {
        StringBuilder text = new StringBuilder();
        for (Difference difference : result.differences()) {
            text.append(line(difference)).append('\n');
        }
        return text.toString();
    }

    /**
     * @param difference a difference
     * @return its line, without a line break
     */
    public static String line(Difference difference) {
        String head = difference.kind().label() + " " + difference.path();
        return switch (difference) {
            case Difference.Added added -> head + " " + object(added.className(), added.attributes());
            case Difference.Removed removed -> head + " " + object(removed.className(), removed.attributes());
            case Difference.Changed changed -> head + ": " + value(changed.oldValue()) + " -> "
                    + value(changed.newValue());
            case Difference.ValuesChanged values -> head + ": " + values(values);
            case Difference.Reordered reordered -> head + ": order " + reordered.oldOrder() + " -> "
                    + reordered.newOrder();
            case Difference.DuplicateKey duplicate -> head + ": " + duplicate.count() + " objects in the "
                    + duplicate.side().label() + " model share this key; they are not compared";
        };
    }

    /**
     * @param value a value, or {@code null}
     * @return the value as a JSON string literal, or {@code unset}
     */
    public static String value(String value) {
        return value == null ? "unset" : JsonWriter.quote(value);
    }

    /**
     * @param values a change of a many-valued feature
     * @return what was removed and what was added, e.g. {@code removed "a"; added "b", "c"}
     */
    public static String values(Difference.ValuesChanged values) {
        StringJoiner text = new StringJoiner("; ");
        if (!values.removed().isEmpty()) {
            text.add("removed " + quoted(values.removed()));
        }
        if (!values.added().isEmpty()) {
            text.add("added " + quoted(values.added()));
        }
        if (values.removed().isEmpty() && values.added().isEmpty()) {
            // Same values, other order: only for features whose order matters.
            text.add("order " + quoted(values.oldValues()) + " -> " + quoted(values.newValues()));
        }
        return text.toString();
    }

    /**
     * @param className  an object's class
     * @param attributes its attributes
     * @return e.g. {@code (SrvRecord: port="80", target="mail.fabrikam.com")}
     */
    public static String object(String className, Map<String, String> attributes) {
        StringJoiner text = new StringJoiner(", ", "(" + className + (attributes.isEmpty() ? "" : ": "), ")");
        attributes.forEach((name, value) -> text.add(name + "=" + JsonWriter.quote(value)));
        return text.toString();
    }

    private static String quoted(List<String> values) {
        StringJoiner text = new StringJoiner(", ");
        values.forEach(value -> text.add(value(value)));
        return text.toString();
    }

    /**
     * @param result the comparison
     * @return one line for stderr, e.g. {@code 3 differences (1 added, 1 removed, 1 changed)}, no line break
     */
    public static String summary(ComparisonResult result) {
        int total = result.differences().size();
        if (total == 0) {
            return "no differences";
        }
        StringJoiner counts = new StringJoiner(", ", " (", ")");
        for (Difference.Kind kind : Difference.Kind.values()) {
            long count = result.count(kind);
            if (count > 0) {
                counts.add(count + " " + kind.label());
            }
        }
        return total + (total == 1 ? " difference" : " differences") + counts;
    }
}
