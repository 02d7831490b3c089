/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.List;
import java.util.Locale;

import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.validation.RuleSeverity;

/**
 * Writes expansion previews for people. One user: the user found, then each
 * {@code SEND_LDAP_ATTRIBUTES} entry with its macro and expanded value, its
 * problems below it with their fixes, the user's own problems, and whether
 * SSO would work. A batch: one line per user who would fail, with the errors.
 */
public final class PreviewText {

    private static final String INDENT = "  ";
    private static final String PROBLEM_INDENT = INDENT.repeat(3);
    private static final String NO_VALUE = "(no value)";

    private PreviewText() {
    }

    /**
     * @param preview one user's preview
     * @return the text, ending with a line break
     */
    public static String render(ExpansionPreview preview) {
        StringBuilder text = new StringBuilder();
        text.append(preview.identity()).append(": ")
                .append(preview.user() == null ? "no single user" : preview.user().dn()).append('\n');
        int width = preview.attributes().stream().mapToInt(attribute -> attribute.name().length()).max().orElse(0);
        int templateWidth = preview.attributes().stream().mapToInt(attribute -> attribute.template().length()).max()
                .orElse(0);
        for (ExpandedAttribute attribute : preview.attributes()) {
            text.append(INDENT).append(pad(attribute.name(), width)).append("  ")
                    .append(pad(attribute.template(), templateWidth)).append("  => ")
                    .append(attribute.value() == null ? NO_VALUE : attribute.value()).append('\n');
            problems(text, attribute.problems());
        }
        if (!preview.userProblems().isEmpty()) {
            text.append(INDENT).append(preview.user() == null ? "lookup:" : "user:").append('\n');
            problems(text, preview.userProblems());
        }
        List<ExpansionProblem> all = preview.problems();
        text.append(INDENT).append("result: SSO ").append(preview.failsSso() ? "would fail" : "would work")
                .append(" (").append(plural(count(all, RuleSeverity.ERROR), "error")).append(", ")
                .append(plural(count(all, RuleSeverity.WARNING), "warning")).append(", ")
                .append(plural(count(all, RuleSeverity.INFO), "info")).append(")\n");
        return text.toString();
    }

    /**
     * @param preview the preview of a user who would fail SSO
     * @return one line: the user, then each problem of error severity; line break included
     */
    public static String failingLine(ExpansionPreview preview) {
        StringBuilder line = new StringBuilder();
        line.append(preview.user() == null ? preview.identity() : preview.identity() + " " + preview.user().dn());
        String separator = ": ";
        for (ExpansionProblem problem : preview.problems()) {
            if (problem.severity() == RuleSeverity.ERROR) {
                line.append(separator).append(describe(problem));
                separator = "; ";
            }
        }
        return line.append('\n').toString();
    }

    private static void problems(StringBuilder text, List<ExpansionProblem> problems) {
        for (ExpansionProblem problem : problems) {
            text.append(PROBLEM_INDENT).append(String.format(Locale.ROOT, "%-8s", problem.severity().label()))
                    .append(problem.kind().id()).append(": ").append(problem.message()).append('\n');
            text.append(PROBLEM_INDENT).append("        fix: ").append(problem.fix()).append('\n');
        }
    }

    private static String describe(ExpansionProblem problem) {
        return problem.kind().id() + (problem.attribute() == null ? "" : " " + problem.attribute()) + ": "
                + problem.message();
    }

    private static long count(List<ExpansionProblem> problems, RuleSeverity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).count();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
