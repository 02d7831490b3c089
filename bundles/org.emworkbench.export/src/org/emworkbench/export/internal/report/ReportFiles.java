/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.Set;

import org.emworkbench.export.ExportInput;

/**
 * Where the report formats put their files: in {@code report/}, named after
 * the deployment (its name, or the model file's name when it has none),
 * reduced to lower-case ASCII letters, digits and hyphens so that the name is
 * the same and valid on every file system.
 */
final class ReportFiles {

    /** The folder inside the export. */
    static final String FOLDER = "report/";

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");
    private static final int MAX_LENGTH = 64;

    private ReportFiles() {
    }

    /**
     * @param input the export's input
     * @return the stem of the report's file names, e.g. {@code contoso}
     */
    static String stem(ExportInput input) {
        String name = input.deployment().getName();
        if (name == null || name.isBlank()) {
            name = input.modelName().replaceFirst("\\.[^.]*$", "");
        }
        String stem = ReportIds.of(name);
        if (stem.length() > MAX_LENGTH) {
            stem = stem.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (stem.isEmpty()) {
            return "deployment";
        }
        return RESERVED.contains(stem) ? stem + "-deployment" : stem;
    }

    /**
     * @param input the export's input
     * @return the Markdown report's path, e.g. {@code report/contoso.md}
     */
    static String markdown(ExportInput input) {
        return FOLDER + stem(input) + ".md";
    }

    /**
     * @param input the export's input
     * @return the HTML report's path, e.g. {@code report/contoso.html}
     */
    static String html(ExportInput input) {
        return FOLDER + stem(input) + ".html";
    }

    /**
     * @param input the export's input
     * @return the diagram's file name beside the Markdown report, e.g. {@code contoso-enrollment-path.svg}
     */
    static String diagram(ExportInput input) {
        return stem(input) + "-enrollment-path.svg";
    }
}
