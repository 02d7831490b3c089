/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.emworkbench.export.internal.report.MarkdownReportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The enrollment path diagram: valid SVG with the nine steps of "SSO for
 * Secure Mail" in order, drawn from the model, each step marked by what
 * validation found on the objects it stands for, with whole-number
 * coordinates.
 */
class EnrollmentDiagramTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final List<String> STEPS = List.of("step-user", "step-email-domain", "step-citrix-autodiscovery",
            "step-server", "step-secure-hub", "step-delivery-groups", "step-secure-mail", "step-exchange-autodiscover",
            "step-exchange");
    private static final Set<String> GEOMETRY = Set.of("x", "y", "width", "height", "x1", "y1", "x2", "y2", "rx",
            "points", "viewBox");
    private static final Pattern WHOLE_NUMBERS = Pattern.compile("-?\\d+([ ,]-?\\d+)*");

    @ParameterizedTest(name = "{0}: '{1}' marked")
    @CsvSource({ "contoso/contoso.emw, ''", "contoso/broken-passcode-auth.emw, step-server",
            "contoso/broken-srv-target-leak.emw, step-exchange-autodiscover",
            "contoso/broken-secure-mail-not-delivered.emw, step-secure-mail",
            "contoso/broken-initial-auth-mechanism.emw, step-secure-mail",
            "contoso/broken-autodiscovery-registration.emw, step-email-domain" })
    void eachStepIsMarkedByTheProblemsOnItsObjects(String example, String marked) throws Exception {
        Document svg = diagramOf(example);
        Map<String, String> badges = badges(svg);
        assertEquals(STEPS, List.copyOf(badges.keySet()), "the nine steps in order");
        for (Map.Entry<String, String> badge : badges.entrySet()) {
            if (List.of(marked.split(" ")).contains(badge.getKey())) {
                assertTrue(badge.getValue().matches("[✗!] \\d+ (error|warning).*"), badge.toString());
            } else {
                assertEquals("✓ OK", badge.getValue(), badge.getKey());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "step-server, emm.contoso.com · version 10.15 · instance zdm",
            "step-citrix-autodiscovery, fabrikam.com → emm.contoso.com",
            "step-exchange-autodiscover, _autodiscover._tcp.contoso.com → mail.contoso.com.:443",
            "step-secure-mail, 'iOS: User email address, userPrincipalName'",
            "step-delivery-groups, Mobile Mail: delivers Secure Mail",
            "step-user, Megan Bowen <megan.bowen@contoso.com>",
            "step-exchange, logon with userPrincipalName (user@domain)" })
    void stepsAreDrawnFromTheModel(String step, String line) throws Exception {
        Element group = group(diagramOf("contoso/contoso.emw"), step);
        List<String> texts = texts(group);
        assertTrue(texts.contains(line), texts.toString());
    }

    @ParameterizedTest
    @CsvSource({ "contoso/contoso.emw", "contoso/broken-srv-record.emw" })
    void coordinatesAreWholeNumbers(String example) throws Exception {
        Document svg = diagramOf(example);
        for (Element element : SecureXml.elements(svg)) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.item(i).getNodeName();
                String value = attributes.item(i).getNodeValue();
                if (GEOMETRY.contains(name)) {
                    assertTrue(WHOLE_NUMBERS.matcher(value).matches(),
                            element.getLocalName() + "/@" + name + "=" + value);
                }
            }
        }
    }

    static Document diagramOf(String example) throws Exception {
        MemorySink sink = Reports.export(new MarkdownReportFormat(Reports::builtInRules),
                Reports.validatedExample(example));
        String name = sink.files().keySet().stream().filter(path -> path.endsWith(".svg")).findFirst().orElseThrow();
        Document document = SecureXml.parse(sink.file(name), false);
        assertEquals(SVG, document.getDocumentElement().getNamespaceURI());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        return document;
    }

    private static Map<String, String> badges(Document svg) {
        Map<String, String> badges = new LinkedHashMap<>();
        for (Element element : SecureXml.elements(svg)) {
            if (element.getLocalName().equals("g") && element.getAttribute("id").startsWith("step-")) {
                // The badge is the second text of a step: after its title, before its details.
                badges.put(element.getAttribute("id"), texts(element).get(1));
            }
        }
        return badges;
    }

    private static Element group(Document svg, String id) {
        return SecureXml.elements(svg).stream().filter(element -> id.equals(element.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private static List<String> texts(Element group) {
        List<String> texts = new java.util.ArrayList<>();
        var nodes = group.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
