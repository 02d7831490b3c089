/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import org.emworkbench.cli.internal.report.ValidationReport.Finding;
import org.emworkbench.cli.internal.report.ValidationReport.ModelResult;

/**
 * The human-readable format: one line per finding,
 * {@code file: severity rule-id object: message; fix hint}. Unusable files
 * produce no line here; the command names them on stderr.
 */
public final class TextReport implements ReportWriter {

    @Override
    public String render(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        for (ModelResult model : report.models()) {
            for (Finding finding : model.findings()) {
                text.append(model.file()).append(": ").append(finding.severity().label()).append(' ')
                        .append(finding.ruleId()).append(' ').append(finding.objectPath()).append(": ")
                        .append(finding.messageWithHint()).append(System.lineSeparator());
            }
        }
        return text.toString();
    }
}
