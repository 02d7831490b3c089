/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses exported XML (SVG, XHTML) the way a careful consumer would: no
 * external entities or DTDs are loaded, and a parse error fails the test with
 * its line and column.
 */
final class SecureXml {

    private SecureXml() {
    }

    /**
     * @param text         the document
     * @param allowDoctype whether a document type declaration is allowed (HTML's {@code <!DOCTYPE html>}, which
     *                     names no DTD); when not, any declaration is an error
     * @return the parsed document, namespace aware
     */
    static Document parse(String text, boolean allowDoctype) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !allowDoctype);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refusing to resolve " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String[] lines = text.split("\n", -1);
            boolean known = e.getLineNumber() > 0 && e.getLineNumber() <= lines.length;
            String line = known ? lines[e.getLineNumber() - 1] : "";
            return fail("not well-formed at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()
                    + "\n" + line);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return fail("cannot parse: " + e);
        }
    }

    /**
     * @param document a document
     * @return every element, in document order
     */
    static List<Element> elements(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }
}
