/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.emworkbench.cli.internal.report.XmlWriter;
import org.emworkbench.export.internal.json.JsonWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON and XML writers the reports are made with: any string survives a round trip through a real parser. */
class WritersTest {

    /** Strings a model or a rule may well contain, and some it should not but might. */
    private static final List<String> NASTY = List.of("", "plain", "quote \" backslash \\ slash /",
            "line\nbreak\r\ncarriage\rreturn\ttab", "control \u0000 \u0001 \u001f \u007f", "\b\f",
            "separators \u2028 \u2029", "non-ASCII é ß 漢字 and an emoji \uD83D\uDE00", "<tag attr='x'>&amp;</tag>",
            "]]> and ${user.mail}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonStringsRoundTripThroughAParser() throws Exception {
        JsonWriter writer = new JsonWriter().beginArray();
        NASTY.forEach(writer::value);
        String json = writer.endArray().toJson();

        JsonNode parsed = JSON.readTree(json);
        for (int i = 0; i < NASTY.size(); i++) {
            assertEquals(NASTY.get(i), parsed.get(i).textValue());
        }
        assertTrue(json.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x2028 || c == 0x2029),
                "control characters and line separators only appear escaped");
    }

    @Test
    void jsonLoneSurrogatesAreEscapedSoTheTextIsValidUtf8() {
        String json = new JsonWriter().beginObject().member("high", "a\uD800b").member("low", "\uDC00").endObject()
                .toJson();

        assertTrue(json.contains("\"a\\ud800b\"") && json.contains("\"\\udc00\""), json);
    }

    @Test
    void jsonObjectsKeepKeyOrderAndNesting() throws Exception {
        String json = new JsonWriter().beginObject().member("z", 1).member("a", true).name("list").beginArray()
                .beginObject().endObject().beginArray().endArray().nullValue().endArray().endObject().toJson();

        assertEquals("""
                {
                  "z": 1,
                  "a": true,
                  "list": [
                    {},
                    [],
                    null
                  ]
                }
                """, json);
    }

    @Test
    void jsonMisuseIsRefused() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("no name"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("in an array"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endObject());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toJson());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endArray().beginArray());
    }

    @Test
    void xmlAttributesAndTextRoundTripThroughAParser() throws Exception {
        XmlWriter writer = new XmlWriter().start("root");
        for (String text : NASTY) {
            writer.start("item").attribute("value", text).text(text).end();
        }
        String xml = writer.end().toXml();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        for (int i = 0; i < NASTY.size(); i++) {
            Element item = (Element) root.getElementsByTagName("item").item(i);
            String expected = xmlSafe(NASTY.get(i));
            assertEquals(expected, item.getAttribute("value"), "attribute " + i);
            assertEquals(expected, item.getTextContent(), "text " + i);
        }
    }

    @Test
    void xmlReplacesWhatXmlCannotCarry() {
        String xml = new XmlWriter().start("a").attribute("v", "x\u0000y\uD800").text("\uFFFE").end().toXml();

        assertTrue(xml.contains("v=\"x\uFFFDy\uFFFD\"") && xml.contains(">\uFFFD</a>"), xml);
        assertFalse(xml.contains("\u0000"));
    }

    /** What XML 1.0 can carry of a string: its other characters become U+FFFD. */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            safe.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return safe.toString();
    }
}
