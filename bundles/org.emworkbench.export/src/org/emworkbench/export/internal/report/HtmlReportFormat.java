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
import org.emworkbench.validation.RuleDescriptor;

/**
 * The deployment report as one self-contained HTML file,
 * {@code report/<deployment>.html}: inline style and diagram, no scripts, no
 * fetches.
 */
public final class HtmlReportFormat extends ReportFormat {

    /** The format's identifier. */
    public static final String ID = "html";

    /** A format that reads the rules of the running platform. */
    public HtmlReportFormat() {
        super(ReportRules::fromPlatform);
    }

    /** @param rules supplies the validation rules, read for what Secure Mail SSO needs */
    public HtmlReportFormat(Supplier<List<RuleDescriptor>> rules) {
        super(rules);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "deployment report as one self-contained HTML file";
    }

    @Override
    public void export(ExportInput input, ExportSink sink) throws ExportException {
        ReportDocument document = document(input);
        sink.text(ReportFiles.html(input), HtmlWriter.write(document));
    }
}
