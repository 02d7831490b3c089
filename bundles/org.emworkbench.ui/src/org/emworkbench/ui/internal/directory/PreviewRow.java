/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.ui.internal.autodiscovery.Mark;
import org.emworkbench.ui.internal.autodiscovery.TracePropertySource;
import org.emworkbench.ui.internal.reports.ReportRow;
import org.emworkbench.validation.RuleSeverity;

/**
 * A row of the preview tree: the user, an expanded SEND_LDAP_ATTRIBUTES entry,
 * or a problem below either. Its {@link #properties()} are what the
 * Properties view shows for it. Immutable.
 */
public final class PreviewRow implements IAdaptable, ReportRow {

    /** What a row stands for. */
    public enum Kind {
        /** The user looked up, with the problems of the user as a whole below. */
        USER,
        /** One SEND_LDAP_ATTRIBUTES entry and what it expands to. */
        ATTRIBUTE,
        /** A problem of the user or of an entry. */
        PROBLEM
    }

    private final Kind kind;
    private final Mark mark;
    private final String label;
    private final String value;
    private final String template;
    private final ExpansionProblem problem;
    private final Map<String, String> properties;
    private final PreviewRow parent;
    private final List<PreviewRow> children = new ArrayList<>();

    private PreviewRow(PreviewRow parent, Kind kind, Mark mark, String label, String value, String template,
            ExpansionProblem problem, Map<String, String> properties) {
        this.parent = parent;
        this.kind = kind;
        this.mark = mark;
        this.label = label;
        this.value = value;
        this.template = template;
        this.problem = problem;
        this.properties = Collections.unmodifiableMap(properties);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /**
     * @param preview an expansion
     * @return the user's row, then a row per entry, each with its problems below
     */
    public static List<PreviewRow> of(ExpansionPreview preview) {
        List<PreviewRow> rows = new ArrayList<>();
        Map<String, String> user = new LinkedHashMap<>();
        user.put("Looked up", preview.identity());
        user.put("DN", preview.user() == null ? "(no single user)" : preview.user().dn());
        user.put("SSO", preview.failsSso() ? "would fail" : "would work");
        PreviewRow userRow = new PreviewRow(null, Kind.USER, worst(preview.userProblems(), Mark.OK),
                "User " + preview.identity(), preview.user() == null ? "" : preview.user().dn(), "", null, user);
        preview.userProblems().forEach(problem -> problemRow(userRow, problem));
        rows.add(userRow);
        for (ExpandedAttribute attribute : preview.attributes()) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("Attribute", attribute.name());
            properties.put("Template", attribute.template());
            properties.put("Value", shown(attribute.value()));
            properties.put("Problems", Integer.toString(attribute.problems().size()));
            PreviewRow row = new PreviewRow(null, Kind.ATTRIBUTE, worst(attribute.problems(), Mark.OK),
                    attribute.name(), shown(attribute.value()), attribute.template(), null, properties);
            attribute.problems().forEach(problem -> problemRow(row, problem));
            rows.add(row);
        }
        return rows;
    }

    private static void problemRow(PreviewRow parent, ExpansionProblem problem) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("Problem", problem.kind().id());
        properties.put("Kind", problem.kind().name());
        properties.put("Severity", problem.severity().label());
        properties.put("Attribute", problem.attribute() == null ? "(the user)" : problem.attribute());
        properties.put("Message", problem.message());
        properties.put("Fix", problem.fix());
        new PreviewRow(parent, Kind.PROBLEM, mark(problem.severity()), problem.kind().id() + " " + problem.message(),
                "Fix: " + problem.fix(), "", problem, properties);
    }

    /** @return how a value is shown: {@code (no value)} when it cannot be known, {@code (empty)} when blank */
    static String shown(String value) {
        if (value == null) {
            return "(no value)";
        }
        return value.isBlank() ? "(empty)" : value;
    }

    private static Mark worst(List<ExpansionProblem> problems, Mark none) {
        return problems.stream().map(ExpansionProblem::severity).min(Enum::compareTo).map(PreviewRow::mark)
                .orElse(none);
    }

    /**
     * @param severity a problem's severity
     * @return its mark, hence its icon: the Problems view's
     */
    static Mark mark(RuleSeverity severity) {
        return switch (severity) {
        case ERROR -> Mark.ERROR;
        case WARNING -> Mark.WARNING;
        case INFO -> Mark.INFO;
        };
    }

    /** @return what the row stands for */
    public Kind kind() {
        return kind;
    }

    /** @return the icon's mark */
    public Mark mark() {
        return mark;
    }

    /** @return the first column: the entry's name, or the problem's id and message */
    public String label() {
        return label;
    }

    /** @return the second column: the value, or the problem's fix */
    public String value() {
        return value;
    }

    /** @return the third column: the entry's template; empty for other rows */
    public String template() {
        return template;
    }

    /** @return the problem of a problem row, else {@code null} */
    public ExpansionProblem problem() {
        return problem;
    }

    /** @return the rows below */
    public List<PreviewRow> children() {
        return Collections.unmodifiableList(children);
    }

    /** @return the row above, or {@code null} */
    public PreviewRow parent() {
        return parent;
    }

    /** @return everything about the row, by name, for the Properties view */
    public Map<String, String> properties() {
        return properties;
    }

    /** @return the tool tip: the fix of a problem, else nothing */
    public String toolTip() {
        return problem == null ? null : "Fix: " + problem.fix();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == IPropertySource.class ? adapter.cast(new TracePropertySource(properties)) : null;
    }

    /** @return the label */
    @Override
    public String toString() {
        return label;
    }
}
