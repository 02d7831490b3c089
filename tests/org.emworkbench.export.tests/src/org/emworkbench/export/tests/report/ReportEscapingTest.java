/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.internal.report.HtmlReportFormat;
import org.emworkbench.export.internal.report.MarkdownReportFormat;
import org.emworkbench.model.deployment.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Model values that look like markup stay text: in HTML a {@code <script>}
 * is shown, not run; in Markdown a {@code |} does not split a table cell, a
 * {@code #} does not start a heading, a backtick does not end a code span;
 * in the SVG the picture stays well-formed.
 */
class ReportEscapingTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    /** The hostile name as a file name stem: only letters, digits and hyphens are left. */
    private static final String STEM = "report/evil-script-alert-x-script-tick-not-a-heading";

    @Test
    void htmlShowsMarkupAsText() throws Exception {
        String html = export(new HtmlReportFormat(Reports::builtInRules)).get(STEM + ".html");
        HtmlReportTest.assertSelfContained(html);
        Document document = SecureXml.parse(html, true);
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Evil | " + SCRIPT), "the name is shown as written");
        assertTrue(text.contains("a|b`c``d\nsecond line"), "the value is shown");
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), "the display name is shown");
        assertFalse(SecureXml.elements(document).stream().anyMatch(element -> element.getLocalName().equals("img")));
    }

    @Test
    void markdownTablesKeepTheirColumnsAndNothingBecomesMarkup() throws Exception {
        String markdown = export(new MarkdownReportFormat(Reports::builtInRules))
                .get(STEM + ".md");
        // Code spans show their content literally, markup included; outside them every < must be escaped.
        assertEquals(List.of(), markdown.lines().map(line -> line.replaceAll("(`+)(?:(?!\\1).)+?\\1", "`code`"))
                .filter(line -> line.matches(".*(?<!\\\\)<.*")).toList(), "no raw HTML outside code spans");
        assertTrue(markdown.startsWith("# Deployment report: Evil \\| \\<script\\>alert('x')\\</script\\>"
                + " \\& \\`tick\\` \\# not a heading\n"),
                markdown.lines().findFirst().orElse(""));
        assertEquals(1, markdown.lines().filter(line -> line.startsWith("# ")).count(), "one title");
        assertFalse(markdown.lines().anyMatch(line -> line.startsWith("# Group")), "a name in a cell is no heading");
        int columns = -1;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|---")) {
                columns = line.length() - line.replace("|", "").length();
            } else if (line.startsWith("|") && columns > 0) {
                assertEquals(columns, unescapedPipes(line), "a row keeps its columns: " + line);
            } else if (!line.startsWith("|")) {
                columns = -1;
            }
        }
        assertTrue(markdown.contains("| ``KEY\\|WITH\\|PIPES`` |") || markdown.contains("| `KEY\\|WITH\\|PIPES` |"),
                "a key with pipes is one cell");
        assertTrue(markdown.contains("```a\\|b`c``d second line```"),
                "the code span is fenced longer than its backticks");
        assertTrue(markdown.contains("**\\# Group \\*bold\\* \\_u\\_ \\[link\\](http://evil.example)**"), markdown);
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void diagramStaysWellFormed(boolean validated) throws Exception {
        ExportInput input = input(validated);
        Map<String, String> files = Reports.export(new MarkdownReportFormat(Reports::builtInRules), input).files();
        String svg = files.get(STEM + "-enrollment-path.svg");
        Document document = SecureXml.parse(svg, false);
        Element title = (Element) document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0);
        assertTrue(title.getTextContent().contains("Evil | " + SCRIPT), title.getTextContent());
        assertTrue(document.getDocumentElement().getTextContent().contains("<script>@evil.example"));
    }

    private static Map<String, String> export(ExportFormat format) throws Exception {
        return Reports.export(format, input(true)).files();
    }

    private static ExportInput input(boolean validated) {
        Deployment deployment = HostileModel.create("Evil | " + SCRIPT + " & `tick` # not a heading");
        ExportInput input = Reports.validated(deployment.eResource(), "evil.emw");
        return validated ? input : new ExportInput(deployment, "evil.emw", null);
    }

    private static int unescapedPipes(String line) {
        Matcher pipe = Pattern.compile("(\\\\*)\\|").matcher(line);
        int count = 0;
        while (pipe.find()) {
            if (pipe.group(1).length() % 2 == 0) {
                count++;
            }
        }
        return count;
    }
}
