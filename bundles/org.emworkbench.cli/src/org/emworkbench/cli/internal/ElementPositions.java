/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.emworkbench.cli.internal.report.ValidationReport.Position;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where each model object's element starts in its XMI file, so reports can
 * point CI annotations at a line. EMF keeps no positions, so the file is read
 * a second time with the JDK's parser (hardened like the loader: no DOCTYPE,
 * no external entities) and an object is found by its containment path: the
 * n-th element named after its containment feature, as XMI writes and reads
 * them.
 * <p>
 * Positions are a convenience: a file that cannot be read this way, or an
 * object that cannot be matched, simply has no position.
 * </p>
 */
final class ElementPositions {

    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";
    /** No positions at all. */
    static final ElementPositions NONE = new ElementPositions(null);

    private final Element document;

    private ElementPositions(Element document) {
        this.document = document;
    }

    /**
     * @param file a model file that EMF has loaded
     * @return its element positions; none when the file cannot be read again
     */
    static ElementPositions read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            TreeBuilder builder = new TreeBuilder();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
            builder.root.startAtTagOpening(new SourceText(decode(bytes, builder.encoding)));
            return new ElementPositions(builder.root);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            return NONE;
        }
    }

    /**
     * @param object an object of the model read from this file
     * @return where its element's start tag begins, or {@code null} when not known
     */
    Position of(EObject object) {
        if (document == null || object.eResource() == null) {
            return null;
        }
        Deque<EObject> chain = new ArrayDeque<>();
        for (EObject current = object; current != null; current = current.eContainer()) {
            chain.push(current);
        }
        EObject root = chain.pop();
        int rootIndex = object.eResource().getContents().indexOf(root);
        Element element = document.isXmiWrapper() ? document.child(null, rootIndex)
                : rootIndex == 0 ? document : null;
        for (EObject step : chain) {
            if (element == null) {
                return null;
            }
            EReference feature = step.eContainmentFeature();
            int index = feature.isMany() ? ((List<?>) step.eContainer().eGet(feature)).indexOf(step) : 0;
            element = element.child(feature.getName(), index);
        }
        return element == null ? null : new Position(element.line, element.column);
    }

    private static String decode(byte[] bytes, String encoding) {
        Charset charset = StandardCharsets.UTF_8;
        try {
            if (encoding != null) {
                charset = Charset.forName(encoding);
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // The parser read it, so this does not happen; UTF-8 is the XMI default.
        }
        String text = new String(bytes, charset);
        // The parser does not count a byte-order mark as a column.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** An element with the position the parser reported: the end of its start tag, until corrected. */
    private static final class Element {
        final String namespace;
        final String name;
        final List<Element> children = new ArrayList<>();
        int line;
        int column;

        Element(String namespace, String name, int line, int column) {
            this.namespace = namespace;
            this.name = name;
            this.line = line;
            this.column = column;
        }

        boolean isXmiWrapper() {
            return XMI_NAMESPACE.equals(namespace) && "XMI".equals(name);
        }

        /** The index-th child of that (unqualified) name, or of any name when {@code name} is null. */
        Element child(String wanted, int index) {
            int seen = 0;
            for (Element child : children) {
                if (wanted == null || wanted.equals(child.name) && child.namespace.isEmpty()) {
                    if (seen++ == index) {
                        return child;
                    }
                }
            }
            return null;
        }

        /**
         * SAX reports where a start tag ends; a report should point where it
         * begins. Attribute values cannot contain a raw {@code <}, so the last
         * {@code <} before the tag's end is its start.
         */
        void startAtTagOpening(SourceText text) {
            int end = text.offset(line, column);
            int start = end < 0 ? -1 : text.content.lastIndexOf('<', end - 1);
            if (start >= 0) {
                line = text.lineOf(start);
                column = start - text.lineStarts.get(line - 1) + 1;
            }
            for (Element child : children) {
                child.startAtTagOpening(text);
            }
        }
    }

    /** The file's text with the offsets its lines start at, counting line ends as XML does. */
    private static final class SourceText {
        final String content;
        final List<Integer> lineStarts = new ArrayList<>();

        SourceText(String content) {
            this.content = content;
            lineStarts.add(0);
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n')) {
                    lineStarts.add(i + 1);
                }
            }
        }

        /** The offset of a 1-based line and column, or -1 when outside the text. */
        int offset(int line, int column) {
            if (line < 1 || line > lineStarts.size() || column < 1) {
                return -1;
            }
            int offset = lineStarts.get(line - 1) + column - 1;
            return offset <= content.length() ? offset : -1;
        }

        /** The 1-based line of an offset. */
        int lineOf(int offset) {
            int low = 0;
            int high = lineStarts.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (lineStarts.get(middle) <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low + 1;
        }
    }

    /** Builds the element tree with the parser's positions. */
    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        Element root;
        String encoding;

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (encoding == null && locator instanceof Locator2 locator2) {
                encoding = locator2.getEncoding();
            }
            Element element = new Element(uri, localName, locator.getLineNumber(), locator.getColumnNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }
    }
}
