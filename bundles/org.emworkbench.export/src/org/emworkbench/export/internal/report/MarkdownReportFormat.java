/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.List;
import java.util.function.Supplier;

import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportSink;
import org.emworkbench.export.internal.report.ReportDocument.Figure;
import org.emworkbench.validation.RuleDescriptor;

/**
 * The deployment report as Markdown, {@code report/<deployment>.md}, with the
 * enrollment diagram beside it as {@code report/<deployment>-enrollment-path.svg}.
 */
public final class MarkdownReportFormat extends ReportFormat {

    /** The format's identifier. */
    public static final String ID = "markdown";

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** A format that reads the rules of the running platform. */
    public MarkdownReportFormat() {
        super(ReportRules::fromPlatform);
    }

    /** @param rules supplies the validation rules, read for what Secure Mail SSO needs */
    public MarkdownReportFormat(Supplier<List<RuleDescriptor>> rules) {
        super(rules);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "deployment report in Markdown, with the enrollment path as an SVG picture";
    }

    @Override
    public void export(ExportInput input, ExportSink sink) throws ExportException {
        ReportDocument document = document(input);
        sink.text(ReportFiles.markdown(input), MarkdownWriter.write(document));
        for (ReportDocument.Block block : document.blocks()) {
            if (block instanceof Figure figure) {
                sink.text(ReportFiles.FOLDER + figure.file(), XML_DECLARATION + figure.svg());
            }
        }
    }
}
