/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import org.emworkbench.cli.internal.report.ValidationReport.Finding;
import org.emworkbench.cli.internal.report.ValidationReport.LoadError;
import org.emworkbench.cli.internal.report.ValidationReport.ModelResult;
import org.emworkbench.cli.internal.report.ValidationReport.Rule;
import org.emworkbench.cli.internal.report.ValidationReport.Summary;
import org.emworkbench.export.internal.json.JsonWriter;

/**
 * The JSON format for scripts. Its shape is a contract (documented in
 * {@code docs/cli.md}): keys always appear, in this order, with {@code null}
 * for a missing value; new keys may be added, existing ones are never renamed
 * or removed without raising {@link #FORMAT_VERSION}.
 *
 * <pre>
 * { "formatVersion": 1,
 *   "tool": { "name", "version" },
 *   "rules": [ { "id", "name", "category", "severity", "mode", "contributor" } ],
 *   "models": [ { "file", "status": "validated"|"unusable", "error": { "line", "column", "message" } | null,
 *                 "findings": [ { "ruleId", "severity", "object", "message", "expected", "actual", "fixHint" } ] } ],
 *   "summary": { "errors", "warnings", "infos", "unusable" } }
 * </pre>
 */
public final class JsonReport implements ReportWriter {

    /** The version of the document's shape; raised only for incompatible changes. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public String render(ValidationReport report) {
        JsonWriter json = new JsonWriter().beginObject();
        json.member("formatVersion", FORMAT_VERSION);
        json.name("tool").beginObject().member("name", report.tool().name())
                .member("version", report.tool().version()).endObject();
        json.name("rules").beginArray();
        for (Rule rule : report.rules()) {
            json.beginObject().member("id", rule.id()).member("name", rule.name())
                    .member("category", rule.category()).member("severity", rule.severity().label())
                    .member("mode", rule.mode()).member("contributor", rule.contributor()).endObject();
        }
        json.endArray();
        json.name("models").beginArray();
        for (ModelResult model : report.models()) {
            writeModel(json, model);
        }
        json.endArray();
        Summary summary = report.summary();
        json.name("summary").beginObject().member("errors", summary.errors()).member("warnings", summary.warnings())
                .member("infos", summary.infos()).member("unusable", summary.unusable()).endObject();
        return json.endObject().toJson();
    }

    private static void writeModel(JsonWriter json, ModelResult model) {
        json.beginObject().member("file", model.file()).member("status", model.usable() ? "validated" : "unusable");
        json.name("error");
        LoadError error = model.error();
        if (error == null) {
            json.nullValue();
        } else {
            json.beginObject();
            nullableNumber(json.name("line"), error.line());
            nullableNumber(json.name("column"), error.column());
            json.member("message", error.message()).endObject();
        }
        json.name("findings").beginArray();
        for (Finding finding : model.findings()) {
            json.beginObject().member("ruleId", finding.ruleId()).member("severity", finding.severity().label())
                    .member("object", finding.objectPath()).member("message", finding.message())
                    .member("expected", finding.expected()).member("actual", finding.actual())
                    .member("fixHint", finding.fixHint()).endObject();
        }
        json.endArray().endObject();
    }

    /** Line and column 0 mean "not known", which JSON says with {@code null}. */
    private static void nullableNumber(JsonWriter json, int value) {
        if (value > 0) {
            json.value(value);
        } else {
            json.nullValue();
        }
    }
}
