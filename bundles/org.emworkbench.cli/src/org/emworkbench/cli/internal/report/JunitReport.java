/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.emworkbench.cli.internal.report.ValidationReport.Finding;
import org.emworkbench.cli.internal.report.ValidationReport.LoadError;
import org.emworkbench.cli.internal.report.ValidationReport.ModelResult;
import org.emworkbench.cli.internal.report.ValidationReport.Rule;
import org.emworkbench.cli.internal.report.ValidationReport.Severity;
import org.emworkbench.cli.internal.report.ValidationReport.SkippedRule;

/**
 * JUnit XML as Jenkins, GitLab and the GitHub test reporters read it.
 * <ul>
 * <li>One {@code <testsuite>} per model file, named by the path as typed.</li>
 * <li>In it, one {@code <testcase classname="FILE" name="RULE-ID rule name">}
 * per known rule, ordered by id.</li>
 * <li>A rule with error findings fails ({@code <failure type="RULE-ID">},
 * one line per finding: {@code object: message; fix hint}); a rule that
 * itself failed (threw, timed out) is an {@code <error>} instead.</li>
 * <li>Warnings and infos do not fail: they are listed in the test case's
 * {@code <system-out>}.</li>
 * <li>Rules switched off with {@code --disable}, online rules without
 * {@code --online}, and rules the model switches off entirely are
 * {@code <skipped>}.</li>
 * <li>An unusable file is one test case {@code load} with an {@code <error>}.</li>
 * </ul>
 * The {@code tests}, {@code failures}, {@code errors} and {@code skipped}
 * attributes count the test cases of each outcome.
 */
public final class JunitReport implements ReportWriter {

    /** The name of the test case that stands for loading an unusable file. */
    public static final String LOAD_TEST = "load";

    private enum Outcome {
        PASSED, FAILED, ERROR, SKIPPED
    }

    /** One test case, ready to write. */
    private record TestCase(String name, Outcome outcome, String type, String message, String details,
            String systemOut) {
    }

    /** One test suite with its counts. */
    private record TestSuite(String name, List<TestCase> cases) {
        long count(Outcome outcome) {
            return cases.stream().filter(test -> test.outcome() == outcome).count();
        }
    }

    @Override
    public String render(ValidationReport report) {
        List<TestSuite> suites = new ArrayList<>();
        for (ModelResult model : report.models()) {
            suites.add(new TestSuite(model.file(), model.usable() ? ruleCases(report, model) : List.of(loadCase(model))));
        }
        XmlWriter xml = new XmlWriter().start("testsuites").attribute("name", "emw validate");
        counts(xml, suites.stream().mapToLong(suite -> suite.cases().size()).sum(),
                suites.stream().mapToLong(suite -> suite.count(Outcome.FAILED)).sum(),
                suites.stream().mapToLong(suite -> suite.count(Outcome.ERROR)).sum(),
                suites.stream().mapToLong(suite -> suite.count(Outcome.SKIPPED)).sum());
        for (TestSuite suite : suites) {
            xml.start("testsuite").attribute("name", suite.name());
            counts(xml, suite.cases().size(), suite.count(Outcome.FAILED), suite.count(Outcome.ERROR),
                    suite.count(Outcome.SKIPPED));
            for (TestCase test : suite.cases()) {
                writeCase(xml, suite.name(), test);
            }
            xml.end();
        }
        return xml.end().toXml();
    }

    private static void counts(XmlWriter xml, long tests, long failures, long errors, long skipped) {
        xml.attribute("tests", tests).attribute("failures", failures).attribute("errors", errors)
                .attribute("skipped", skipped);
    }

    private static void writeCase(XmlWriter xml, String file, TestCase test) {
        xml.start("testcase").attribute("classname", file).attribute("name", test.name());
        switch (test.outcome()) {
            case FAILED -> xml.start("failure").attribute("message", test.message()).attribute("type", test.type())
                    .text(test.details()).end();
            case ERROR -> xml.start("error").attribute("message", test.message()).attribute("type", test.type())
                    .text(test.details()).end();
            case SKIPPED -> xml.start("skipped").attribute("message", test.message()).end();
            case PASSED -> {
                // Nothing to say beyond the test case itself, apart from the system-out below.
            }
        }
        if (test.systemOut() != null) {
            xml.start("system-out").text(test.systemOut()).end();
        }
        xml.end();
    }

    private static TestCase loadCase(ModelResult model) {
        LoadError error = model.error();
        String location = model.file() + (error.line() > 0 ? ":" + error.line() : "")
                + (error.line() > 0 && error.column() > 0 ? ":" + error.column() : "");
        String message = location + ": " + error.message();
        return new TestCase(LOAD_TEST, Outcome.ERROR, "unusable", message, message + "\n", null);
    }

    /** Every known rule, plus any rule id a finding names that is not known (none in practice). */
    private static List<TestCase> ruleCases(ValidationReport report, ModelResult model) {
        Map<String, String> names = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        for (Rule rule : report.rules()) {
            names.put(rule.id(), rule.id() + " " + rule.name());
            if (model.suppressed().contains(rule.id())) {
                skipped.put(rule.id(), "switched off in the model (ruleSuppressions)");
            }
        }
        for (SkippedRule rule : report.notRun()) {
            names.put(rule.rule().id(), rule.rule().id() + " " + rule.rule().name());
            skipped.put(rule.rule().id(), rule.reason());
        }
        for (Finding finding : model.findings()) {
            names.putIfAbsent(finding.ruleId(), finding.ruleId());
        }
        List<TestCase> cases = new ArrayList<>();
        names.forEach((id, name) -> cases.add(skipped.containsKey(id)
                ? new TestCase(name, Outcome.SKIPPED, null, skipped.get(id), null, null)
                : ruleCase(id, name, model.findings().stream().filter(finding -> finding.ruleId().equals(id))
                        .toList())));
        return cases;
    }

    private static TestCase ruleCase(String id, String name, List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
        List<Finding> others = findings.stream().filter(finding -> finding.severity() != Severity.ERROR).toList();
        String systemOut = others.isEmpty() ? null : lines(others, true);
        if (errors.isEmpty()) {
            return new TestCase(name, Outcome.PASSED, null, null, null, systemOut);
        }
        boolean ruleFailed = errors.stream().anyMatch(Finding::ruleFailure);
        Finding first = errors.get(0);
        String message = (errors.size() == 1 ? "" : errors.size() + " errors, the first: ") + first.objectPath() + ": "
                + first.message();
        return new TestCase(name, ruleFailed ? Outcome.ERROR : Outcome.FAILED, id, message, lines(errors, false),
                systemOut);
    }

    private static String lines(List<Finding> findings, boolean withSeverity) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (withSeverity) {
                text.append(finding.severity().label()).append(' ');
            }
            text.append(finding.objectPath()).append(": ").append(finding.messageWithHint()).append('\n');
        }
        return text.toString();
    }
}
