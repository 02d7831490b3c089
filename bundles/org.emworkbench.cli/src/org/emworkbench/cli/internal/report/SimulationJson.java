/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.Locale;

import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.SimulationReport;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;

/**
 * Writes a walk as JSON for scripts. The shape is stable (documented in
 * docs/simulate.md): {@code shapeVersion}, {@code tool}, {@code model},
 * {@code user}, {@code persona} (or {@code null}), {@code sandbox},
 * {@code notes}, {@code steps} (each with {@code number}, {@code key},
 * {@code title}, {@code outcome} in lower case, {@code summary},
 * {@code evidence} of {@code source} and {@code text}, and {@code fixes}) and
 * {@code result} ({@code accountConfigured}, {@code firstFailure} as a step
 * key or {@code null}, {@code exitCode}).
 */
public final class SimulationJson {

    /** The version of the document shape; raised only for incompatible changes. */
    public static final int SHAPE_VERSION = 1;

    private SimulationJson() {
    }

    /**
     * @param report   the walk
     * @param model    the model file, as typed
     * @param version  the tool's version
     * @param exitCode the command's exit code, repeated for scripts
     * @return an indented JSON document
     */
    public static String document(SimulationReport report, String model, String version, int exitCode) {
        JsonWriter json = JsonDocuments.begin(SHAPE_VERSION, version);
        json.member("model", model).member("user", report.user()).member("persona", report.persona())
                .member("sandbox", report.sandbox());
        json.name("notes").beginArray();
        report.notes().forEach(json::value);
        json.endArray();
        json.name("steps").beginArray();
        for (StepResult step : report.steps()) {
            json.beginObject().member("number", step.step().number()).member("key", step.step().key())
                    .member("title", step.step().title())
                    .member("outcome", step.outcome().name().toLowerCase(Locale.ROOT))
                    .member("summary", step.summary());
            json.name("evidence").beginArray();
            for (Evidence evidence : step.evidence()) {
                json.beginObject().member("source", evidence.source()).member("text", evidence.text()).endObject();
            }
            json.endArray();
            json.name("fixes").beginArray();
            step.fixes().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray();
        Step firstFailure = report.firstFailure();
        json.name("result").beginObject().member("accountConfigured", report.accountConfigured())
                .member("firstFailure", firstFailure == null ? null : firstFailure.key())
                .member("exitCode", exitCode).endObject();
        return json.endObject().toJson();
    }
}
