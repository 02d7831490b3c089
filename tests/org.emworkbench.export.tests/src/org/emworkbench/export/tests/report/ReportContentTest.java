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
import java.util.Set;

import org.emworkbench.export.ExportFormats;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.internal.report.HtmlReportFormat;
import org.emworkbench.export.internal.report.MarkdownReportFormat;
import org.junit.jupiter.api.Test;

/** What the reports say about the Contoso examples. */
class ReportContentTest {

    @Test
    void bothReportFormatsAreBuiltIn() {
        assertEquals(Set.of("markdown", "html"), Set.copyOf(ExportFormats.builtIn().stream()
                .map(format -> format.id()).filter(id -> id.equals("markdown") || id.equals("html")).toList()));
    }

    @Test
    void markdownWritesTheReportAndTheDiagramItLinks() throws Exception {
        MemorySink sink = Reports.export(new MarkdownReportFormat(Reports::builtInRules),
                Reports.validatedExample("contoso/contoso.emw"));
        assertEquals(Set.of("report/contoso.md", "report/contoso-enrollment-path.svg"), sink.files().keySet());
        String markdown = sink.file("report/contoso.md");
        assertTrue(markdown.startsWith("# Deployment report: Contoso\n"), markdown.lines().findFirst().orElse(""));
        assertTrue(markdown.contains("](contoso-enrollment-path.svg)"), "links the diagram");
        assertTrue(sink.file("report/contoso-enrollment-path.svg")
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    }

    @Test
    void propertiesSecureMailSsoNeedsAreMarkedWithTheRulesThatNameThem() throws Exception {
        String markdown = markdownOf("contoso/contoso.emw");
        assertEquals("| `ENABLE_PASSCODE_AUTH` | `true` | Enable Citrix PIN Authentication | predefined"
                + " | **needed** (SSO-002) |",
                line(markdown, "| `ENABLE_PASSCODE_AUTH`"));
        assertTrue(line(markdown, "| `MAM_MACRO_SUPPORT`").endsWith("| **needed** (SSO-007) |"));
        assertTrue(line(markdown, "| `SEND_LDAP_ATTRIBUTES`").contains("**needed** (SSO-005, SSO-007, SSO-017)"));
        assertFalse(line(markdown, "| `INACTIVITY_TIMER`").contains("needed"), "not an SSO setting");
        assertFalse(line(markdown, "| `zdm.dbcleanup.deployHistRetentionTimeInDays`").contains("needed"));
    }

    @Test
    void withoutRulesNothingIsMarkedAndTheReportSaysSo() throws Exception {
        String markdown = Reports.export(new MarkdownReportFormat(List::of),
                Reports.validatedExample("contoso/contoso.emw")).file("report/contoso.md");
        assertFalse(markdown.contains("**needed**"));
        assertTrue(markdown.contains("The validation rules were not available"));
    }

    @Test
    void validationSummaryCountsAndListsTheFindings() throws Exception {
        String good = markdownOf("contoso/contoso.emw");
        assertTrue(good.contains("**No problems found.** 0 errors, 0 warnings, 0 infos."), good);
        String broken = markdownOf("contoso/broken-passcode-auth.emw");
        assertTrue(broken.contains("**Problems found.** 1 error, 0 warnings"), broken);
        String finding = line(broken, "| **error** | `SSO-002` |");
        assertTrue(finding.contains("`/server/clientProperties[ENABLE_PASSCODE_AUTH]`"), finding);
        assertTrue(finding.contains("ENABLE\\_PASSCODE\\_AUTH is \"false\" but must be \"true\""), finding);
        assertTrue(finding.contains("set the client property's value to true"), finding);
    }

    @Test
    void anUnvalidatedDeploymentSaysSo() throws Exception {
        ExportInput validated = Reports.validatedExample("contoso/contoso.emw");
        ExportInput input = new ExportInput(validated.deployment(), validated.modelName(), null);
        MemorySink sink = Reports.export(new MarkdownReportFormat(Reports::builtInRules), input);
        String markdown = sink.file("report/contoso.md");
        assertTrue(markdown.contains("**Not validated.**"), markdown);
        assertFalse(markdown.contains("No problems found"));
        String svg = sink.file("report/contoso-enrollment-path.svg");
        assertEquals(9, svg.split("\\? not validated<", -1).length - 1, "every step says it was not checked");
    }

    @Test
    void secretsAndClaimTokensStayOutTheBindCredentialShowsWhereItIsKept() throws Exception {
        for (String text : allReportsOf("contoso/contoso.emw").values()) {
            assertFalse(text.contains("ctxad-7f3c9b1e") || text.contains("ctxad-2a81d0c4"), "claim token");
            assertFalse(text.contains("env:EMW_LDAP_PASSWORD"), "the raw reference syntax is not shown");
        }
        assertTrue(markdownOf("contoso/contoso.emw").contains("| environment variable EMW\\_LDAP\\_PASSWORD |"));
    }

    @Test
    void exchangeSectionListsTheExpectedSrvRecords() throws Exception {
        String markdown = markdownOf("contoso/contoso.emw");
        assertTrue(markdown.contains(
                "| `contoso.com` | `_autodiscover._tcp.contoso.com. SRV 0 0 443 mail.contoso.com.` |"),
                markdown);
        assertTrue(markdown.contains(
                "| `fabrikam.com` | `_autodiscover._tcp.fabrikam.com. SRV 0 0 443 mail.fabrikam.com.` |"));
    }

    @Test
    void secureMailPoliciesShowTheirValuesAndMeanings() throws Exception {
        String markdown = markdownOf("contoso/contoso.emw");
        String mechanism = line(markdown, "| `InitialAuthenticationMechanism`");
        assertTrue(mechanism.contains("`userEmailAddress` (User email address)"), mechanism);
        assertTrue(mechanism.contains("initial authentication mechanism"), mechanism);
        assertTrue(line(markdown, "| `ExchangeServer`").contains("| (empty) | set |"));
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Map<String, String> first = allReportsOf("contoso/broken-passcode-auth.emw");
        Map<String, String> second = allReportsOf("contoso/broken-passcode-auth.emw");
        assertEquals(first, second);
        for (Map.Entry<String, String> file : first.entrySet()) {
            assertFalse(file.getValue().contains("\r"), file.getKey() + " has only \\n line ends");
            assertTrue(file.getValue().endsWith("\n"), file.getKey());
        }
    }

    private static Map<String, String> allReportsOf(String example) throws Exception {
        ExportInput input = Reports.validatedExample(example);
        MemorySink sink = new MemorySink();
        new MarkdownReportFormat(Reports::builtInRules).export(input, sink);
        new HtmlReportFormat(Reports::builtInRules).export(input, sink);
        return sink.files();
    }

    static String markdownOf(String example) throws Exception {
        MemorySink sink = Reports.export(new MarkdownReportFormat(Reports::builtInRules),
                Reports.validatedExample(example));
        return sink.files().entrySet().stream().filter(file -> file.getKey().endsWith(".md")).findFirst().orElseThrow()
                .getValue();
    }

    static String line(String text, String start) {
        return text.lines().filter(candidate -> candidate.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in\n" + text));
    }
}
