/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

/**
 * Renders a {@link ValidationReport} in one format. Implementations are
 * stateless and deterministic: the same report always gives the same text.
 */
public interface ReportWriter {

    /**
     * @param report what a validation run found
     * @return the whole report, ending with a line break unless empty
     */
    String render(ValidationReport report);
}
