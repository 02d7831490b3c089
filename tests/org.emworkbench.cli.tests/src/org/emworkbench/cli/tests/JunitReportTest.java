/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** {@code emw validate --format junit}: well-formed, counts that add up, and the mapping CI servers show. */
class JunitReportTest {

    @TempDir
    Path folder;

    @Test
    void goodBrokenAndUnusableModelsGiveOneSuiteEachWithCountsThatAddUp() throws Exception {
        String unusable = TestModels.unusable(folder);
        Emw run = Emw.run("validate", TestModels.good(), TestModels.broken(), unusable, "--format", "junit");
        Element root = parse(run.stdout());

        assertEquals(2, run.exit(), run.describe());
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(List.of(TestModels.good(), TestModels.broken(), unusable),
                suites.stream().map(suite -> suite.getAttribute("name")).toList());
        int[] totals = new int[4];
        for (Element suite : suites) {
            int[] counted = count(suite);
            assertEquals(counted[0], number(suite, "tests"), suite.getAttribute("name"));
            assertEquals(counted[1], number(suite, "failures"), suite.getAttribute("name"));
            assertEquals(counted[2], number(suite, "errors"), suite.getAttribute("name"));
            assertEquals(counted[3], number(suite, "skipped"), suite.getAttribute("name"));
            for (int i = 0; i < 4; i++) {
                totals[i] += counted[i];
            }
        }
        assertEquals(totals[0], number(root, "tests"));
        assertEquals(totals[1], number(root, "failures"));
        assertEquals(totals[2], number(root, "errors"));
        assertEquals(totals[3], number(root, "skipped"));
    }

    @Test
    void everyRuleIsOneTestCasePerModelAndTheGoodExamplePasses() throws Exception {
        Emw run = Emw.run("validate", TestModels.good(), "--format", "junit");
        Element suite = children(parse(run.stdout()), "testsuite").get(0);

        List<String> expected = RuleRegistry.fromPlatform().rules().stream()
                .map(rule -> rule.id() + " " + rule.name()).toList();
        List<Element> cases = children(suite, "testcase");
        assertEquals(expected, cases.stream().map(test -> test.getAttribute("name")).toList());
        cases.forEach(test -> assertEquals(TestModels.good(), test.getAttribute("classname")));
        assertEquals(0, number(suite, "failures") + number(suite, "errors"), run.stdout());
    }

    @Test
    void aRuleWithAnErrorFailsListingObjectMessageAndFixHint() throws Exception {
        Emw run = Emw.run("validate", TestModels.broken(), "--format", "junit");
        Element sso002 = testCase(children(parse(run.stdout()), "testsuite").get(0), "SSO-002");

        Element failure = children(sso002, "failure").get(0);
        assertEquals("SSO-002", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("/server/clientProperties[ENABLE_PASSCODE_AUTH]"),
                failure.getAttribute("message"));
        String body = failure.getTextContent();
        assertTrue(body.startsWith("/server/clientProperties[ENABLE_PASSCODE_AUTH]: "), body);
        assertTrue(body.contains("; set the client property"), "the fix hint follows the message: " + body);
    }

    @Test
    void anUnusableModelIsOneLoadTestWithAnError() throws Exception {
        String unusable = TestModels.unusable(folder);
        Element suite = children(parse(Emw.run("validate", unusable, "--format", "junit").stdout()), "testsuite")
                .get(0);

        List<Element> cases = children(suite, "testcase");
        assertEquals(1, cases.size());
        assertEquals("load", cases.get(0).getAttribute("name"));
        Element error = children(cases.get(0), "error").get(0);
        assertTrue(error.getAttribute("message").startsWith(unusable + ":" + TestModels.MALFORMED_LINE + ":"),
                error.getAttribute("message"));
        assertEquals(1, number(suite, "errors"));
    }

    @Test
    void aDisabledRuleIsSkipped() throws Exception {
        Emw run = Emw.run("validate", TestModels.broken(), "--disable", "SSO-002", "--format", "junit");
        Element suite = children(parse(run.stdout()), "testsuite").get(0);

        assertEquals(0, run.exit(), run.describe());
        Element skipped = children(testCase(suite, "SSO-002"), "skipped").get(0);
        assertTrue(skipped.getAttribute("message").contains("--disable"), skipped.getAttribute("message"));
        assertTrue(number(suite, "skipped") >= 1);
    }

    @Test
    void aRuleTheModelSwitchesOffIsSkipped() throws Exception {
        Path model = folder.resolve("suppressed.emw");
        java.nio.file.Files.writeString(model, java.nio.file.Files.readString(Path.of(TestModels.broken()))
                .replaceFirst("(<deployment:Deployment[^>]*>)", "$1\n  <ruleSuppressions ruleId=\"SSO-002\" reason=\"accepted\"/>"));
        Emw run = Emw.run("validate", model.toString(), "--format", "junit");

        assertEquals(0, run.exit(), run.describe());
        Element skipped = children(testCase(children(parse(run.stdout()), "testsuite").get(0), "SSO-002"), "skipped")
                .get(0);
        assertTrue(skipped.getAttribute("message").contains("ruleSuppressions"), skipped.getAttribute("message"));
    }

    @Test
    void warningsOnlyPassAndAreListedInSystemOut() throws Exception {
        RuleDescriptor warning = TestRules.reportingOnDeployment("TEST-WARN", org.emworkbench.validation.RuleSeverity.WARNING,
                org.emworkbench.validation.RuleMode.OFFLINE, "looks odd");
        Emw run = Emw.run(() -> TestRules.registry(warning), "validate", TestModels.good(), "--format", "junit");
        Element test = testCase(children(parse(run.stdout()), "testsuite").get(0), "TEST-WARN");

        assertEquals(0, run.exit(), run.describe());
        assertTrue(children(test, "failure").isEmpty() && children(test, "error").isEmpty(), run.stdout());
        assertTrue(children(test, "system-out").get(0).getTextContent().contains("warning /: looks odd"), run.stdout());
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element testCase(Element suite, String ruleId) {
        return children(suite, "testcase").stream()
                .filter(test -> test.getAttribute("name").startsWith(ruleId + " ")
                        || test.getAttribute("name").equals(ruleId))
                .findFirst().orElseThrow(() -> new AssertionError("no test case for " + ruleId));
    }

    /** Test cases, failed, errored and skipped ones, counted from the elements themselves. */
    private static int[] count(Element suite) {
        int[] counts = new int[4];
        for (Element test : children(suite, "testcase")) {
            counts[0]++;
            counts[1] += children(test, "failure").size();
            counts[2] += children(test, "error").size();
            counts[3] += children(test, "skipped").size();
        }
        return counts;
    }

    private static int number(Element element, String attribute) {
        return Integer.parseInt(element.getAttribute(attribute));
    }
}
