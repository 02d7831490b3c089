/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleSeverity;

/**
 * What a validation result says, as a report shows it: how many errors,
 * warnings and infos, and each finding in the engine's order (by object in
 * document order, then by rule), which does not depend on hash order or time.
 * The result's own message (it names the model's URI) is never used.
 */
final class ValidationSummary {

    /**
     * One finding.
     *
     * @param severity   a {@link Diagnostic} severity
     * @param ruleId     the rule's id
     * @param objectPath the object's path, e.g. {@code /server/clientProperties[ENABLE_PASSCODE_AUTH]}
     * @param message    what the rule found
     * @param fix        how to fix it; empty when the rule does not say
     * @param object     the model object, for placing the finding on the enrollment path
     */
    record Entry(int severity, String ruleId, String objectPath, String message, String fix, EObject object) {

        /** @return error, warning or info */
        String severityLabel() {
            return RuleSeverity.labelOf(severity);
        }
    }

    private final boolean validated;
    private final boolean cancelled;
    private final List<Entry> entries;

    private ValidationSummary(boolean validated, boolean cancelled, List<Entry> entries) {
        this.validated = validated;
        this.cancelled = cancelled;
        this.entries = List.copyOf(entries);
    }

    /**
     * @param result a validation result whose children are {@link RuleDiagnostic}s, or nothing when the
     *               deployment was not validated
     * @return the summary
     */
    static ValidationSummary of(Optional<Diagnostic> result) {
        if (result.isEmpty()) {
            return new ValidationSummary(false, false, List.of());
        }
        List<Entry> entries = new ArrayList<>();
        boolean cancelled = false;
        for (Diagnostic child : result.get().getChildren()) {
            if (child.getSeverity() == Diagnostic.CANCEL) {
                cancelled = true;
            } else if (child instanceof RuleDiagnostic finding && child.getSeverity() != Diagnostic.OK) {
                entries.add(new Entry(finding.getSeverity(), finding.getRuleId(), finding.getObjectPath(),
                        finding.getMessage(), finding.getFixHint() == null ? "" : finding.getFixHint(),
                        finding.getObject()));
            }
        }
        return new ValidationSummary(true, cancelled, entries);
    }

    /** @return whether there is a validation result at all */
    boolean validated() {
        return validated;
    }

    /** @return whether validation was cancelled, so that the findings may be incomplete */
    boolean cancelled() {
        return cancelled;
    }

    /** @return the findings, in the engine's order */
    List<Entry> entries() {
        return entries;
    }

    /**
     * @param severity a {@link Diagnostic} severity
     * @return how many findings have it
     */
    int count(int severity) {
        return (int) entries.stream().filter(entry -> entry.severity() == severity).count();
    }

    /**
     * @param about which objects count
     * @return the errors and warnings on those objects
     */
    List<Entry> problems(Predicate<EObject> about) {
        return entries.stream().filter(entry -> entry.severity() >= Diagnostic.WARNING)
                .filter(entry -> entry.object() != null && about.test(entry.object())).toList();
    }
}
