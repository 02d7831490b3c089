/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.util.List;

import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.validation.RuleSeverity;

/**
 * How one preview run ended: the expansion, or why there is none (the
 * directory's error message, which never holds the password, or a
 * cancellation).
 *
 * @param identity  what was looked up
 * @param server    the server, e.g. {@code dc1.contoso.com:636 (ldaps)}
 * @param model     the model's file name
 * @param preview   the expansion; {@code null} when the run failed or was cancelled
 * @param error     the error, or {@code null}
 * @param cancelled whether the user stopped the run
 */
public record PreviewOutcome(String identity, String server, String model, ExpansionPreview preview, String error,
        boolean cancelled) {

    /** @return one line for the top of the view and of copied text */
    public String summary() {
        if (cancelled) {
            return "Cancelled: no preview for " + identity + ".";
        }
        if (preview == null) {
            return "No preview for " + identity + ": the directory could not be read.";
        }
        List<ExpansionProblem> problems = preview.problems();
        String counts = count(problems, RuleSeverity.ERROR, "error") + ", "
                + count(problems, RuleSeverity.WARNING, "warning") + ", " + count(problems, RuleSeverity.INFO, "info");
        if (preview.user() == null) {
            return identity + ": " + problems.get(0).message() + " \u2014 SSO would fail (" + counts + ")";
        }
        int entries = preview.attributes().size();
        return identity + ": " + entries + (entries == 1 ? " attribute" : " attributes") + ", SSO "
                + (preview.failsSso() ? "would fail" : "would work") + " (" + counts + ") \u2014 " + server;
    }

    private static String count(List<ExpansionProblem> problems, RuleSeverity severity, String word) {
        long count = problems.stream().filter(problem -> problem.severity() == severity).count();
        return count + " " + word + (count == 1 || word.equals("info") ? "" : "s");
    }
}
