/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

import java.util.List;
import java.util.Optional;

import org.emworkbench.export.internal.dns.DnsZoneFormat;
import org.emworkbench.export.internal.report.HtmlReportFormat;
import org.emworkbench.export.internal.report.MarkdownReportFormat;
import org.emworkbench.export.internal.rest.RestJsonFormat;

/**
 * The formats EMW itself provides, in the order {@code emw export} writes them
 * when no format is named.
 */
public final class ExportFormats {

    // One format per line, in the order emw export writes them; formats are stateless, so one instance each.
    private static final List<ExportFormat> BUILT_IN = List.of(
            new RestJsonFormat(),
            new DnsZoneFormat(),
            new MarkdownReportFormat(),
            new HtmlReportFormat());

    private ExportFormats() {
    }

    /** @return the built-in formats, each id once */
    public static List<ExportFormat> builtIn() {
        return BUILT_IN;
    }

    /**
     * @param id a format identifier, e.g. {@code rest-json}
     * @return the built-in format with this identifier
     */
    public static Optional<ExportFormat> byId(String id) {
        return builtIn().stream().filter(format -> format.id().equals(id)).findFirst();
    }
}
