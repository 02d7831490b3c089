/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.List;
import java.util.Locale;

import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.export.internal.json.JsonWriter;

/**
 * Writes discovery reports as JSON for scripts. The shape is stable: a target
 * object has {@code target}, {@code domain}, {@code address}, {@code summary},
 * {@code findings} (all providers') and {@code providers}, each with its
 * {@code steps} as a tree. Enum values are lower case.
 */
public final class DiscoveryJson {

    /** The version of the document shape; raised only for incompatible changes. */
    public static final int SHAPE_VERSION = 1;

    private DiscoveryJson() {
    }

    /**
     * @param reports one report per target
     * @param version the tool's version
     * @return an indented JSON document with every target and the total summary
     */
    public static String document(List<DiscoveryReport> reports, String version) {
        JsonWriter json = JsonDocuments.begin(SHAPE_VERSION, version);
        DiscoveryTally total = DiscoveryTally.NONE;
        json.name("targets").beginArray();
        for (DiscoveryReport report : reports) {
            target(json, report, -1);
            total = total.plus(DiscoveryTally.of(report));
        }
        json.endArray();
        summary(json, total);
        return json.endObject().toJson();
    }

    /**
     * One line of bulk output. Without the trace it has the summary, the
     * findings and what a client would use ({@code results}, each naming its
     * provider) — what a script over thousands of domains looks at; with it,
     * the same object as {@link #document} writes per target.
     *
     * @param report    one target's report
     * @param line      the line of the input file it came from
     * @param withTrace whether every provider's steps are included
     * @return the report as one line of JSON Lines, line break included
     */
    public static String line(DiscoveryReport report, int line, boolean withTrace) {
        JsonWriter json = JsonWriter.compact();
        if (withTrace) {
            target(json, report, line);
            return json.toJson();
        }
        json.beginObject().member("line", line).member("target", report.target().toString())
                .member("domain", report.target().domain()).member("address", report.target().address());
        summary(json, DiscoveryTally.of(report));
        json.name("findings");
        findings(json, report.findings());
        json.name("results").beginArray();
        for (DiscoveryTrace trace : report.traces()) {
            for (DiscoveredValue value : trace.results()) {
                json.beginObject().member("provider", trace.providerId()).member("kind", value.kind())
                        .member("value", value.value()).endObject();
            }
        }
        json.endArray();
        json.name("stopped").beginArray();
        for (DiscoveryTrace trace : report.traces()) {
            if (trace.failure() != null) {
                json.beginObject().member("provider", trace.providerId()).member("failure", trace.failure())
                        .endObject();
            }
        }
        json.endArray();
        return json.endObject().toJson();
    }

    /**
     * @param input   the line as read
     * @param line    its number in the input file
     * @param problem why it is not an address or domain
     * @return one line of JSON Lines saying so, line break included
     */
    public static String unusableLine(String input, int line, String problem) {
        return JsonWriter.compact().beginObject().member("line", line).member("input", input)
                .member("error", problem).endObject().toJson();
    }

    private static void target(JsonWriter json, DiscoveryReport report, int line) {
        json.beginObject();
        if (line > 0) {
            json.member("line", line);
        }
        json.member("target", report.target().toString()).member("domain", report.target().domain())
                .member("address", report.target().address());
        summary(json, DiscoveryTally.of(report));
        json.name("findings");
        findings(json, report.findings());
        json.name("providers").beginArray();
        for (DiscoveryTrace trace : report.traces()) {
            provider(json, trace);
        }
        json.endArray().endObject();
    }

    private static void summary(JsonWriter json, DiscoveryTally tally) {
        json.name("summary").beginObject().member("errors", tally.errors()).member("warnings", tally.warnings())
                .member("infos", tally.infos()).member("unknown", tally.unknown()).member("stopped", tally.stopped())
                .member("steps", tally.steps()).member("exitCode", tally.exitCode()).endObject();
    }

    private static void provider(JsonWriter json, DiscoveryTrace trace) {
        json.beginObject().member("id", trace.providerId()).member("name", trace.providerName())
                .member("elapsedMs", trace.elapsed().toMillis()).member("failure", trace.failure());
        json.name("results").beginArray();
        for (DiscoveredValue value : trace.results()) {
            json.beginObject().member("kind", value.kind()).member("value", value.value()).endObject();
        }
        json.endArray();
        json.name("findings");
        findings(json, trace.findings());
        json.name("steps").beginArray();
        for (TraceStep step : trace.steps()) {
            step(json, step);
        }
        json.endArray().endObject();
    }

    private static void findings(JsonWriter json, List<DiscoveryFinding> findings) {
        json.beginArray();
        for (DiscoveryFinding finding : findings) {
            json.beginObject().member("id", finding.id()).member("severity", lower(finding.severity()))
                    .member("subject", finding.subject()).member("message", finding.message())
                    .member("fix", finding.fix()).endObject();
        }
        json.endArray();
    }

    private static void step(JsonWriter json, TraceStep step) {
        json.beginObject().member("kind", lower(step.kind())).member("title", step.title())
                .member("status", lower(step.status())).member("outcome", step.outcome())
                .member("elapsedMs", step.elapsed().toMillis());
        json.name("details").beginArray();
        for (String detail : step.details()) {
            json.value(detail);
        }
        json.endArray();
        json.name("children").beginArray();
        for (TraceStep child : step.children()) {
            step(json, child);
        }
        json.endArray().endObject();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
