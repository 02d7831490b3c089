/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx.internal;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxLimits;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses {@code policy_metadata.xml} into a tree of {@link XmlElement}s with
 * the JDK's own parser, hardened: a DOCTYPE is refused, so no entity can be
 * declared, no DTD or other file or host is ever read, and nesting and element
 * count are bounded.
 */
public final class XmlTreeReader {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private XmlTreeReader() {
    }

    /**
     * @param file    the {@code .mdx} file, for messages
     * @param content the bytes of {@code policy_metadata.xml}
     * @param limits  nesting and element-count limits
     * @return the root element
     * @throws MdxImportException when the content declares a DOCTYPE, is not
     *                            well-formed, or breaks a limit
     */
    public static XmlElement read(Path file, byte[] content, MdxLimits limits) throws MdxImportException {
        TreeBuilder builder = new TreeBuilder(limits);
        try (InputStream in = new ByteArrayInputStream(content)) {
            SAXParser parser = newParser();
            InputSource source = new InputSource(in);
            source.setSystemId(MdxArchive.METADATA_ENTRY);
            parser.parse(source, builder);
        } catch (TooComplex e) {
            throw new MdxImportException(file, Reason.XML_TOO_COMPLEX, MdxArchive.METADATA_ENTRY + " line "
                    + e.line + ": " + e.getMessage() + "; policy files are flat and small, so EMW refuses this one"
                    + " as hostile. Import the .mdx file the MDX Toolkit wrote", e);
        } catch (SAXParseException e) {
            throw parseError(file, e);
        } catch (CharConversionException e) {
            throw new MdxImportException(file, Reason.MALFORMED_XML, MdxArchive.METADATA_ENTRY
                    + " is not text in the encoding it declares (" + e.getMessage() + "); fix the file's encoding"
                    + " or its XML declaration", e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new MdxImportException(file, Reason.MALFORMED_XML, MdxArchive.METADATA_ENTRY
                    + " could not be parsed (" + e.getMessage() + "); fix the file", e);
        }
        return builder.root;
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        // The JDK's parser, whatever else is on the class path: its security features are known.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
        factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
        factory.setFeature(LOAD_EXTERNAL_DTD, false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    private static MdxImportException parseError(Path file, SAXParseException e) {
        String where = MdxArchive.METADATA_ENTRY + " line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String message = String.valueOf(e.getMessage()).strip();
        if (message.contains("DOCTYPE")) {
            return new MdxImportException(file, Reason.DOCTYPE, where + ": declares a DOCTYPE; EMW never reads"
                    + " DTDs or entities from an .mdx file, so that the archive cannot make it read other files or"
                    + " hosts (XXE). Policy files do not need one: import the .mdx file the MDX Toolkit wrote", e);
        }
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return new MdxImportException(file, Reason.MALFORMED_XML, where + ": " + message
                + "; the file is not well-formed XML. Fix it, or import the .mdx file the MDX Toolkit wrote", e);
    }

    /** A limit broken while parsing; carries the line for the message. */
    private static final class TooComplex extends SAXException {
        private static final long serialVersionUID = 1L;
        final int line;

        TooComplex(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /** Builds the tree; refuses any entity or DTD the parser might still ask for. */
    private static final class TreeBuilder extends DefaultHandler {
        private final MdxLimits limits;
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;
        private int elements;

        TreeBuilder(MdxLimits limits) {
            this.limits = limits;
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("DOCTYPE and external entities are refused (" + systemId + ")");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            int line = locator == null ? 0 : locator.getLineNumber();
            if (++elements > limits.maxXmlElements()) {
                throw new TooComplex("more than " + limits.maxXmlElements() + " elements", line);
            }
            if (open.size() >= limits.maxXmlDepth()) {
                throw new TooComplex("elements nested more than " + limits.maxXmlDepth() + " deep", line);
            }
            Map<String, String> attributeMap = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                attributeMap.put(localOf(attributes.getLocalName(i), attributes.getQName(i)), attributes.getValue(i));
            }
            XmlElement element = new XmlElement(localOf(localName, qName), line, attributeMap);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(characters, start, length);
            }
        }

        private static String localOf(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
