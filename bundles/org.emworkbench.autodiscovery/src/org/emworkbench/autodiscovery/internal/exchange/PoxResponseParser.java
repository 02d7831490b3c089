/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a mobilesync Autodiscover answer with the JDK's own XML parser,
 * hardened against hostile servers: a DOCTYPE is refused before anything it
 * declares is read, so no entity is expanded and no DTD, file or host is ever
 * fetched; XInclude is off. The answer a server sends is untrusted input:
 * anyone can answer at a candidate URL.
 * <p>
 * Accepted shapes ([MS-ASCMD] §2.2.3.1, domain facts §6.4): the root
 * {@code Autodiscover} in {@value #OUTER_SCHEMA}, with a {@code Response} in
 * {@value PoxRequest#RESPONSE_SCHEMA} holding {@code Action/Settings/Server},
 * {@code Action/Redirect} or {@code Action/Error}, or an {@code Error}; or a
 * {@code Response} in the outer schema holding {@code Error} (the form Exchange
 * uses for requests it cannot read).
 */
public final class PoxResponseParser {

    /** The namespace of the root element of every Autodiscover answer. */
    public static final String OUTER_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";

    /** Parser features that keep DTDs and entities out; each is set, and a parser that lacks one is not used. */
    private static final Map<String, Boolean> HARDENING = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private PoxResponseParser() {
    }

    /**
     * @param body the response body
     * @return what the answer says
     * @throws PoxFormatException when the body declares a DOCTYPE ({@link PoxFormatException#isHostile()}), is not
     *                            well-formed, or is not a mobilesync Autodiscover answer
     */
    public static PoxResponse parse(byte[] body) throws PoxFormatException {
        Element root = document(body).getDocumentElement();
        if (!is(root, OUTER_SCHEMA, "Autodiscover")) {
            throw new PoxFormatException("the root element is {" + root.getNamespaceURI() + "}" + root.getLocalName()
                    + ", not Autodiscover in " + OUTER_SCHEMA, false, null);
        }
        // The Response is in the mobilesync namespace, unlike its parent, or in the outer one for errors.
        Element response = children(root, "Response", null).stream().findFirst().orElseThrow(
                () -> new PoxFormatException("the answer has no Response element", false, null));
        String namespace = String.valueOf(response.getNamespaceURI());
        if (namespace.equals(OUTER_SCHEMA)) {
            return error(response, "outer Response/Error").orElseThrow(() -> new PoxFormatException(
                    "the answer is in the Outlook schema, not the mobilesync schema that was asked for", false, null));
        }
        if (!namespace.equals(PoxRequest.RESPONSE_SCHEMA)) {
            throw new PoxFormatException("the Response element is in " + namespace + ", not "
                    + PoxRequest.RESPONSE_SCHEMA, false, null);
        }
        Optional<PoxResponse> responseError = error(response, "Response/Error");
        if (responseError.isPresent()) {
            return responseError.get();
        }
        Element action = child(response, "Action").orElseThrow(
                () -> new PoxFormatException("the Response has neither Action nor Error", false, null));
        return action(action);
    }

    private static PoxResponse action(Element action) throws PoxFormatException {
        Optional<Element> settings = child(action, "Settings");
        if (settings.isPresent()) {
            List<PoxResponse.Server> servers = new ArrayList<>();
            for (Element server : children(settings.get(), "Server", settings.get().getNamespaceURI())) {
                servers.add(new PoxResponse.Server(text(server, "Type"), text(server, "Url"), text(server, "Name")));
            }
            return new PoxResponse.Settings(servers);
        }
        for (String redirect : List.of("Redirect", "RedirectAddr", "RedirectUrl")) {
            Optional<Element> element = child(action, redirect);
            if (element.isPresent()) {
                String target = element.get().getTextContent().strip();
                if (target.isEmpty()) {
                    throw new PoxFormatException("Action/" + redirect + " is empty", false, null);
                }
                return new PoxResponse.Redirect(target);
            }
        }
        return error(action, "Action/Error").orElseThrow(() -> new PoxFormatException(
                "the Action has neither Settings, Redirect nor Error", false, null));
    }

    private static Optional<PoxResponse> error(Element parent, String form) {
        return child(parent, "Error").map(error -> new PoxResponse.Error(
                text(error, "ErrorCode").isEmpty() ? text(error, "Status") : text(error, "ErrorCode"),
                text(error, "Message"), form));
    }

    private static Document document(byte[] body) throws PoxFormatException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            for (Map.Entry<String, Boolean> feature : HARDENING.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(RETHROW);
            builder.setEntityResolver((publicId, systemId) -> {
                // Unreachable with DOCTYPEs refused; kept so that no configuration change can make it fetch.
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new PoxFormatException("the answer declares a DOCTYPE; it is refused unread, since a DOCTYPE can"
                        + " declare entities that make a parser read files or other hosts (XXE)", true, e);
            }
            throw new PoxFormatException("the answer is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + message, false, e);
        } catch (SAXException | IOException e) {
            throw new PoxFormatException("the answer cannot be read as XML: " + e.getMessage(), false, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature: " + e.getMessage(), e);
        }
    }

    /** Stops at the first problem instead of printing warnings to the console. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /**
     * @param namespace the children's namespace, or {@code null} for any
     */
    private static List<Element> children(Element parent, String localName, String namespace) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && (namespace == null || namespace.equals(element.getNamespaceURI()))) {
                children.add(element);
            }
        }
        return children;
    }

    /** Below the Response, elements are in the namespace of their parent, as the schemas nest them. */
    private static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName, String.valueOf(parent.getNamespaceURI())).stream().findFirst();
    }

    private static String text(Element parent, String localName) {
        return child(parent, localName).map(element -> element.getTextContent().strip()).orElse("");
    }
}
