/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.autodiscovery.TraceStep;
import org.emworkbench.ui.internal.reports.ReportRow;

/**
 * A row of the trace tree: a provider, one of its findings or discovered
 * values, a step it made, or a line of a step's answer. Under a provider the
 * findings come first, because they are what the user acts on, then the
 * values a client would use, then the steps in the order they were made.
 * Everything about a row is also in its {@link #properties()}, which the
 * Properties view shows for the selected row. Immutable.
 */
public final class TraceNode implements IAdaptable, ReportRow {

    /** What a row stands for. */
    public enum Kind {
        /** A provider's run. */
        PROVIDER,
        /** A finding of the provider. */
        FINDING,
        /** A value a client would use. */
        VALUE,
        /** A query, request or check. */
        STEP,
        /** A line of a step's answer. */
        DETAIL
    }

    private final Kind kind;
    private final Mark mark;
    private final String label;
    private final String outcome;
    private final Duration time;
    private final String fix;
    private final String toolTip;
    private final Map<String, String> properties;
    private final TraceNode parent;
    private final List<TraceNode> children = new ArrayList<>();

    private TraceNode(TraceNode parent, Kind kind, Mark mark, String label, String outcome, Duration time, String fix,
            String toolTip, Map<String, String> properties) {
        this.parent = parent;
        this.kind = kind;
        this.mark = mark;
        this.label = label;
        this.outcome = outcome;
        this.time = time;
        this.fix = fix;
        this.toolTip = toolTip;
        this.properties = Collections.unmodifiableMap(properties);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /**
     * @param report what the providers found
     * @return one row per provider that ran, in provider order, with everything it recorded below it
     */
    public static List<TraceNode> of(DiscoveryReport report) {
        return report.traces().stream().map(TraceNode::provider).toList();
    }

    private static TraceNode provider(DiscoveryTrace trace) {
        String outcome = trace.failure() != null ? "stopped: " + trace.failure() : providerOutcome(trace);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("Provider", trace.providerName());
        about.put("Provider id", trace.providerId());
        about.put("Target", trace.target().toString());
        about.put("Outcome", outcome);
        about.put("Time", Durations.format(trace.elapsed()));
        TraceNode node = new TraceNode(null, Kind.PROVIDER, providerMark(trace), trace.providerName(), outcome,
                trace.elapsed(), null, trace.failure(), about);
        for (DiscoveryFinding finding : trace.findings()) {
            String fix = finding.fix().isEmpty() ? null : finding.fix();
            Map<String, String> aboutFinding = new LinkedHashMap<>();
            aboutFinding.put("Finding", finding.id());
            aboutFinding.put("Severity", finding.severity().name().toLowerCase(Locale.ROOT));
            aboutFinding.put("Subject", finding.subject());
            aboutFinding.put("Message", finding.message());
            aboutFinding.put("Fix", fix == null ? "" : fix);
            new TraceNode(node, Kind.FINDING, Mark.of(finding.severity()), finding.id() + " " + finding.message(),
                    finding.subject(), null, fix, fix == null ? null : "Fix: " + fix, aboutFinding);
        }
        for (DiscoveredValue value : trace.results()) {
            new TraceNode(node, Kind.VALUE, Mark.VALUE, "Discovered " + value.kind(), value.value(), null, null, null,
                    Map.of("Discovered", value.kind(), "Value", value.value()));
        }
        trace.steps().forEach(step -> step(node, step));
        return node;
    }

    private static void step(TraceNode parent, TraceStep step) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("Step", step.title());
        about.put("Kind", step.kind().name());
        about.put("Status", step.status().name().toLowerCase(Locale.ROOT));
        about.put("Outcome", step.outcome());
        about.put("Time", Durations.format(step.elapsed()));
        about.put("Answer", String.join("\n", step.details()));
        TraceNode node = new TraceNode(parent, Kind.STEP, Mark.of(step.status()), step.title(), step.outcome(),
                step.elapsed(), null, null, about);
        for (String line : step.details()) {
            new TraceNode(node, Kind.DETAIL, Mark.NONE, line, "", null, null, null, Map.of("Answer", line));
        }
        step.children().forEach(child -> step(node, child));
    }

    private static Mark providerMark(DiscoveryTrace trace) {
        if (trace.failure() != null) {
            return Mark.STOPPED;
        }
        // The order says what matters most: an error, then a prompt, then not knowing.
        for (Mark worst : List.of(Mark.ERROR, Mark.WARNING, Mark.UNKNOWN, Mark.INFO)) {
            if (trace.findings().stream().anyMatch(finding -> Mark.of(finding.severity()) == worst)) {
                return worst;
            }
        }
        return isEmpty(trace) ? Mark.SKIPPED : Mark.OK;
    }

    private static String providerOutcome(DiscoveryTrace trace) {
        if (isEmpty(trace)) {
            return "nothing to check for " + trace.target().domain();
        }
        String findings = FindingCounts.of(trace.findings()).toString();
        int values = trace.results().size();
        return values == 0 ? findings : findings + ", " + values + (values == 1 ? " value" : " values");
    }

    private static boolean isEmpty(DiscoveryTrace trace) {
        return trace.steps().isEmpty() && trace.findings().isEmpty() && trace.results().isEmpty();
    }

    /** @return what the row stands for */
    public Kind kind() {
        return kind;
    }

    /** @return its icon */
    public Mark mark() {
        return mark;
    }

    /** @return the Step column: the provider's name, the finding's id and message, the step's title */
    public String label() {
        return label;
    }

    /** @return the Outcome column: the answer in a few words, or the finding's subject */
    public String outcome() {
        return outcome;
    }

    /** @return the Time column, or {@code null} for rows that took no time of their own */
    public Duration time() {
        return time;
    }

    /** @return what to do about a finding, or {@code null} for other rows and findings without a fix */
    public String fix() {
        return fix;
    }

    /** @return the tool tip: a finding's fix, a stopped provider's reason; or {@code null} */
    public String toolTip() {
        return toolTip;
    }

    /** @return everything about the row, by name, in the order the Properties view is meant to read */
    public Map<String, String> properties() {
        return properties;
    }

    /** @return the row above, or {@code null} for a provider */
    public TraceNode parent() {
        return parent;
    }

    /** @return the rows below */
    public List<TraceNode> children() {
        return Collections.unmodifiableList(children);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == IPropertySource.class ? adapter.cast(new TracePropertySource(properties)) : null;
    }

    @Override
    public String toString() {
        return label;
    }
}
