/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportFormats;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.tests.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Markdown and HTML reports of the good example and of broken ones, with
 * their validation findings, against the committed files in
 * {@code golden/markdown} and {@code golden/html}. A change to the reports
 * shows as a diff; {@link Golden} says how to regenerate them when it is
 * intended.
 */
class ReportGoldenTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({ "contoso/contoso.emw, markdown", "contoso/contoso.emw, html",
            "contoso/broken-passcode-auth.emw, markdown", "contoso/broken-passcode-auth.emw, html",
            "contoso/broken-srv-target-leak.emw, markdown", "contoso/broken-srv-target-leak.emw, html" })
    void reportMatchesItsGoldenFiles(String example, String formatId) throws Exception {
        ExportFormat format = ExportFormats.byId(formatId).orElseThrow();
        ExportInput input = Reports.validatedExample(example);
        Map<String, String> files = Reports.export(format, input).files();
        assertFalse(files.isEmpty());
        String stem = Path.of(example).getFileName().toString().replaceFirst("\\.emw$", "");
        Golden.check(formatId, stem, new TreeMap<>(files));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "contoso/contoso.emw, 0", "contoso/broken-passcode-auth.emw, 1" })
    void goldenInputsAreWhatTheyClaim(String example, int errors) throws Exception {
        // Guards the golden files' meaning: the good model has no error, the broken one exactly one.
        ExportInput input = Reports.validatedExample(example);
        long found = input.validation().getChildren().stream()
                .filter(child -> child.getSeverity() == org.eclipse.emf.common.util.Diagnostic.ERROR).count();
        assertEquals(errors, found, example);
        assertTrue(input.validationResult().isPresent());
    }
}
