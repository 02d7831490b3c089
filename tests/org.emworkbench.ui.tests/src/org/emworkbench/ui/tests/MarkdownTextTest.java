/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.ui.internal.rules.MarkdownText;
import org.emworkbench.ui.internal.rules.MarkdownText.Span;
import org.emworkbench.ui.internal.rules.MarkdownText.Style;
import org.junit.jupiter.api.Test;

/** The Markdown of rule pages turned into text and styled ranges, without a widget. */
class MarkdownTextTest {

    @Test
    void headingsLoseTheirHashesAndAreSeparatedFromParagraphs() {
        MarkdownText page = MarkdownText.parse("# SSO-002: Title\n\n## What it checks\n\nOne line\nand the next.\n");

        assertEquals("SSO-002: Title\n\nWhat it checks\n\nOne line and the next.", page.text());
        assertEquals(List.of(new Span(0, 14, Style.TITLE, null), new Span(16, 14, Style.HEADING, null)),
                page.spans());
        assertEquals(16, page.offsetOf("what-it-checks"));
        assertEquals(-1, page.offsetOf("nowhere"));
    }

    @Test
    void twoTrailingSpacesBreakTheLine() {
        MarkdownText page = MarkdownText.parse("**Severity:** error  \n**Mode:** offline\n");

        assertEquals("Severity: error\nMode: offline", page.text());
        assertEquals(List.of(new Span(0, 9, Style.BOLD, null), new Span(16, 5, Style.BOLD, null)), page.spans());
    }

    @Test
    void inlineCodeItalicAndLinksNest() {
        MarkdownText page = MarkdownText.parse("Set *Enable PIN* (`ENABLE_PASSCODE_AUTH`); see [**SSO-016**](SSO-016.md).");

        assertEquals("Set Enable PIN (ENABLE_PASSCODE_AUTH); see SSO-016.", page.text());
        assertEquals(List.of(new Span(4, 10, Style.ITALIC, null), new Span(16, 20, Style.CODE, null),
                new Span(43, 7, Style.LINK, "SSO-016.md"), new Span(43, 7, Style.BOLD, null)), page.spans());
        assertEquals("SSO-016.md", page.linkAt(45).target());
        assertNull(page.linkAt(10));
    }

    @Test
    void underscoresInsideNamesAndUnclosedMarksStayText() {
        MarkdownText page = MarkdownText.parse("ENABLE_PASSCODE_AUTH and user_name stay; 2 * 3 and a lone ` too");

        assertEquals("ENABLE_PASSCODE_AUTH and user_name stay; 2 * 3 and a lone ` too", page.text());
        assertEquals(List.of(), page.spans());
    }

    @Test
    void codeKeepsMarkdownCharactersAndEscapesAreLiteral() {
        MarkdownText page = MarkdownText.parse("`${user.mail}` and \\*not italic\\*");

        assertEquals("${user.mail} and *not italic*", page.text());
        assertEquals(List.of(new Span(0, 12, Style.CODE, null)), page.spans());
    }

    @Test
    void fencedCodeIsKeptLineForLine() {
        MarkdownText page = MarkdownText.parse("Before:\n\n```sh\n./emw validate  a.emw\n  **not bold**\n```\nAfter.");

        assertEquals("Before:\n\n./emw validate  a.emw\n  **not bold**\n\nAfter.", page.text());
        assertEquals(List.of(new Span(9, 36, Style.CODE, null)), page.spans());
    }

    @Test
    void listsGetSignsAndContinuationLines() {
        MarkdownText page = MarkdownText.parse("- first\n  continued\n- second\n\n1. one\n2. two\n");

        assertEquals("  \u2022 first continued\n  \u2022 second\n\n  1. one\n  2. two", page.text());
    }

    @Test
    void tablesAreLaidOutInColumnsWithTheHeaderUnderlined() {
        MarkdownText page = MarkdownText.parse("""
                | id | checks |
                |---|---|
                | [SSO-001](SSO-001.md) | the `version` |
                | SSO-0020 | a \\| b |
                """);

        assertEquals("id        checks\n" + "\u2500".repeat(21) + "\nSSO-001   the version\nSSO-0020  a | b",
                page.text());
        assertEquals(new Span(0, page.text().length(), Style.TABLE, null), page.spans().get(0));
        assertTrue(page.spans().contains(new Span(39, 7, Style.LINK, "SSO-001.md")), page.spans().toString());
        assertTrue(page.spans().contains(new Span(53, 7, Style.CODE, null)), page.spans().toString());
    }

    @Test
    void bareAndAngledAddressesAreLinksWithoutTheSentencesPunctuation() {
        MarkdownText page = MarkdownText.parse("See https://docs.citrix.com/a.html, or <https://example.org/b>.");

        assertEquals("See https://docs.citrix.com/a.html, or https://example.org/b.", page.text());
        assertEquals(List.of(new Span(4, 30, Style.LINK, "https://docs.citrix.com/a.html"),
                new Span(39, 21, Style.LINK, "https://example.org/b")), page.spans());
    }

    @Test
    void anchorsFollowTheUsualRule() {
        MarkdownText page = MarkdownText.parse("## Data files (facts)\n\n## How Secure Mail's policies are found\n");

        assertEquals(0, page.offsetOf("data-files-facts"));
        assertEquals(page.text().indexOf("How"), page.offsetOf("how-secure-mails-policies-are-found"));
    }
}
