/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.emworkbench.cli.internal.report.ValidationReport.Finding;
import org.emworkbench.cli.internal.report.ValidationReport.LoadError;
import org.emworkbench.cli.internal.report.ValidationReport.ModelResult;
import org.emworkbench.cli.internal.report.ValidationReport.Position;
import org.emworkbench.cli.internal.report.ValidationReport.Rule;
import org.emworkbench.cli.internal.report.ValidationReport.Severity;
import org.emworkbench.export.internal.json.JsonWriter;

/**
 * SARIF 2.1.0 (OASIS), one run, for code-scanning services such as GitHub
 * code scanning.
 * <ul>
 * <li>Applied rules are {@code tool.driver.rules}; a result names its rule by
 * {@code ruleId} and {@code ruleIndex}.</li>
 * <li>A result's physical location is the model file (relative as typed, with
 * {@code uriBaseId} {@value #SOURCE_ROOT}; absolute as a {@code file:} URI)
 * and, where known, the line and column where the object's element starts;
 * its logical location is the object path, of kind {@code element} (each
 * model object is one XML element of the file).</li>
 * <li>Unusable files are {@code invocations[0].toolExecutionNotifications},
 * and make {@code executionSuccessful} false.</li>
 * </ul>
 * The output conforms to the official JSON schema of SARIF 2.1.0; the tests
 * check it.
 */
public final class SarifReport implements ReportWriter {

    /** The schema the output declares. */
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The base a relative model path is resolved against: the checked-out sources. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private static final Pattern SEPARATORS = Pattern.compile(
            File.separatorChar == '/' ? "/" : "[/" + Pattern.quote(File.separator) + "]");

    @Override
    public String render(ValidationReport report) {
        Map<String, Integer> artifacts = artifactIndexes(report);
        JsonWriter json = new JsonWriter().beginObject();
        json.member("$schema", SCHEMA).member("version", "2.1.0");
        json.name("runs").beginArray().beginObject();
        writeTool(json, report);
        writeInvocation(json, report, artifacts);
        json.name("artifacts").beginArray();
        for (String file : artifacts.keySet()) {
            json.beginObject().name("location");
            artifactLocation(json, file, null);
            json.name("roles").beginArray().value("analysisTarget").endArray().endObject();
        }
        json.endArray();
        json.name("results").beginArray();
        for (ModelResult model : report.models()) {
            for (Finding finding : model.findings()) {
                writeResult(json, report, model.file(), artifacts.get(model.file()), finding);
            }
        }
        json.endArray();
        json.member("columnKind", "utf16CodeUnits");
        return json.endObject().endArray().endObject().toJson();
    }

    /** Each file once (SARIF wants the artifacts unique), in the order first named. */
    private static Map<String, Integer> artifactIndexes(ValidationReport report) {
        Map<String, Integer> indexes = new LinkedHashMap<>();
        for (ModelResult model : report.models()) {
            indexes.putIfAbsent(model.file(), indexes.size());
        }
        return indexes;
    }

    private static void writeTool(JsonWriter json, ValidationReport report) {
        json.name("tool").beginObject().name("driver").beginObject();
        json.member("name", report.tool().name()).member("version", report.tool().version());
        json.name("rules").beginArray();
        for (Rule rule : report.rules()) {
            json.beginObject().member("id", rule.id()).member("name", rule.name());
            json.name("shortDescription").beginObject().member("text", rule.name()).endObject();
            json.name("fullDescription").beginObject()
                    .member("text", rule.description().isEmpty() ? rule.name() : rule.description()).endObject();
            if (rule.documentation() != null) {
                if (isAbsoluteUri(rule.documentation())) {
                    json.member("helpUri", rule.documentation());
                } else {
                    // helpUri must be absolute; a link into EMW's own documentation is told as text.
                    json.name("help").beginObject().member("text", "See " + rule.documentation()).endObject();
                }
            }
            json.name("defaultConfiguration").beginObject().member("level", level(rule.severity())).endObject();
            json.name("properties").beginObject().member("category", rule.category()).member("mode", rule.mode())
                    .member("contributor", rule.contributor()).endObject();
            json.endObject();
        }
        json.endArray().endObject().endObject();
    }

    private static void writeInvocation(JsonWriter json, ValidationReport report, Map<String, Integer> artifacts) {
        json.name("invocations").beginArray().beginObject();
        json.member("executionSuccessful", report.summary().unusable() == 0);
        json.name("toolExecutionNotifications").beginArray();
        for (ModelResult model : report.models()) {
            LoadError error = model.error();
            if (error == null) {
                continue;
            }
            json.beginObject().member("level", "error");
            json.name("message").beginObject().member("text", model.file() + ": " + error.message()).endObject();
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
            json.name("artifactLocation");
            artifactLocation(json, model.file(), artifacts.get(model.file()));
            if (error.line() > 0) {
                json.name("region").beginObject().member("startLine", error.line());
                if (error.column() > 0) {
                    json.member("startColumn", error.column());
                }
                json.endObject();
            }
            json.endObject().endObject().endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject().endArray();
    }

    private static void writeResult(JsonWriter json, ValidationReport report, String file, Integer artifact,
            Finding finding) {
        json.beginObject().member("ruleId", finding.ruleId());
        int ruleIndex = report.rules().indexOf(report.rule(finding.ruleId()));
        if (ruleIndex >= 0) {
            json.member("ruleIndex", ruleIndex);
        }
        json.member("level", level(finding.severity()));
        json.name("message").beginObject().member("text", finding.messageWithHint()).endObject();
        json.name("locations").beginArray().beginObject();
        json.name("physicalLocation").beginObject().name("artifactLocation");
        artifactLocation(json, file, artifact);
        Position position = finding.position();
        if (position != null) {
            json.name("region").beginObject().member("startLine", position.line())
                    .member("startColumn", position.column()).endObject();
        }
        json.endObject();
        json.name("logicalLocations").beginArray().beginObject()
                .member("fullyQualifiedName", finding.objectPath()).member("kind", "element").endObject().endArray();
        json.endObject().endArray();
        json.name("properties").beginObject().member("objectPath", finding.objectPath());
        optional(json, "expected", finding.expected());
        optional(json, "actual", finding.actual());
        optional(json, "fixHint", finding.fixHint());
        if (finding.ruleFailure()) {
            json.member("ruleFailure", true);
        }
        json.endObject();
        json.endObject();
    }

    /** SARIF leaves out what is not known rather than writing {@code null}. */
    private static void optional(JsonWriter json, String name, String value) {
        if (value != null) {
            json.member(name, value);
        }
    }

    private static void artifactLocation(JsonWriter json, String file, Integer index) {
        json.beginObject();
        Path path = pathOrNull(file);
        if (path != null && path.isAbsolute()) {
            json.member("uri", path.toUri().toASCIIString());
        } else {
            json.member("uri", relativeUri(file)).member("uriBaseId", SOURCE_ROOT);
        }
        if (index != null) {
            json.member("index", index.intValue());
        }
        json.endObject();
    }

    private static Path pathOrNull(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * @param file a relative path as typed
     * @return the path as a relative URI reference: segments joined by
     *         {@code /}, each percent-encoded (UTF-8) except for RFC 3986's
     *         unreserved characters and the sub-delimiters; {@code :} is encoded
     *         so that a first segment is never read as a scheme
     */
    static String relativeUri(String file) {
        List<String> segments = new ArrayList<>();
        for (String segment : SEPARATORS.split(file, -1)) {
            segments.add(percentEncode(segment));
        }
        return String.join("/", segments);
    }

    private static String percentEncode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAbsoluteUri(String link) {
        try {
            return new URI(link).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
