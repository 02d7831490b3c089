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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.emworkbench.export.internal.report.HtmlReportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The HTML report is well-formed XHTML that a browser shows without fetching
 * anything or running anything: no scripts, no event handlers, no external
 * style sheets, images or fonts, and the diagram inline.
 */
class HtmlReportTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Set<String> FETCHING_ELEMENTS = Set.of("script", "link", "img", "iframe", "object", "embed",
            "audio", "video", "source", "base", "form", "image", "use", "foreignObject");
    private static final Pattern URL = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://|url\\(|@import|javascript:");

    @ParameterizedTest
    @ValueSource(strings = { "contoso/contoso.emw", "contoso/broken-passcode-auth.emw" })
    void isWellFormedAndSelfContained(String example) throws Exception {
        String html = Reports.export(new HtmlReportFormat(Reports::builtInRules), Reports.validatedExample(example))
                .files().values().iterator().next();
        assertSelfContained(html);
        Document document = SecureXml.parse(html, true);
        assertEquals(XHTML, document.getDocumentElement().getNamespaceURI());
        List<Element> svgs = SecureXml.elements(document).stream()
                .filter(element -> SVG.equals(element.getNamespaceURI()) && element.getLocalName().equals("svg"))
                .toList();
        assertEquals(1, svgs.size(), "the diagram is inline");
        assertEquals("figure", ((Element) svgs.get(0).getParentNode()).getLocalName());
    }

    /**
     * @param html an HTML report
     */
    static void assertSelfContained(String html) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script");
        Document document = SecureXml.parse(html, true);
        for (Element element : SecureXml.elements(document)) {
            assertFalse(FETCHING_ELEMENTS.contains(element.getLocalName()), "no <" + element.getLocalName() + ">");
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getName();
                if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                    continue; // a namespace name identifies, it is never fetched
                }
                assertFalse(name.toLowerCase(Locale.ROOT).startsWith("on"), "no event handler: " + name);
                assertFalse(name.equals("href") || name.endsWith(":href") || name.equals("src"), "no link: " + name);
                assertFalse(URL.matcher(attribute.getValue()).find(),
                        "no address in " + element.getLocalName() + "/@" + name + ": " + attribute.getValue());
            }
            if (element.getLocalName().equals("style")) {
                assertFalse(URL.matcher(element.getTextContent()).find(), "the style sheet fetches nothing");
            }
        }
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""),
                "a content security policy forbids fetches");
    }
}
