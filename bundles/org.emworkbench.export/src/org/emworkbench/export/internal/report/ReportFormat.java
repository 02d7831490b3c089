/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportInput;
import org.emworkbench.validation.RuleDescriptor;

/**
 * What the report formats share: the rules they read what Secure Mail SSO
 * needs from, and the report document they render, built afresh for each
 * export so that a format holds no state between exports.
 */
abstract class ReportFormat implements ExportFormat {

    private final Supplier<List<RuleDescriptor>> rules;

    /** @param rules supplies the validation rules, read for what Secure Mail SSO needs */
    ReportFormat(Supplier<List<RuleDescriptor>> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param input what to export
     * @return the report of it
     */
    final ReportDocument document(ExportInput input) {
        return DeploymentReport.build(input, new SsoRequirements(rules.get()));
    }
}
