/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The formats {@code emw validate --format} writes. */
public enum ReportFormat {
    /** One line per finding: {@code file: severity rule-id object: message; fix hint}. */
    TEXT(TextReport::new),
    /** A stable JSON document for scripts, see {@link JsonReport}. */
    JSON(JsonReport::new),
    /** SARIF 2.1.0, for code-scanning services, see {@link SarifReport}. */
    SARIF(SarifReport::new),
    /** JUnit XML, for CI servers' test views, see {@link JunitReport}. */
    JUNIT(JunitReport::new);

    private final Supplier<ReportWriter> writer;

    ReportFormat(Supplier<ReportWriter> writer) {
        this.writer = writer;
    }

    /** @return the name users type, e.g. {@code sarif} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return a writer for this format */
    public ReportWriter writer() {
        return writer.get();
    }

    /**
     * @param label a format name as typed, in any case
     * @return the format
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static ReportFormat fromLabel(String label) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + label + "'; choose one of " + labels());
    }

    /** @return the known names, e.g. {@code text, json, sarif, junit} */
    public static String labels() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
    }
}
