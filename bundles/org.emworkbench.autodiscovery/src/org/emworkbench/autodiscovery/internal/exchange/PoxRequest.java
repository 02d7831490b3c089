/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The ActiveSync ("mobilesync") Autodiscover request of [MS-ASCMD] §2.2.3.1:
 * the address to discover for and the one response schema discovery reads.
 */
public final class PoxRequest {

    /** The namespace of the request. */
    public static final String REQUEST_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006";
    /** The response schema asked for (required, [MS-ASCMD] §2.2.3.1). */
    public static final String RESPONSE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

    private PoxRequest() {
    }

    /**
     * @param address the email address, as the user typed it after the domain's normalization
     * @return the request body, UTF-8 with an XML declaration; the address is escaped as XML text
     */
    public static byte[] forAddress(String address) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "utf-8");
            xml.writeStartDocument("utf-8", "1.0");
            xml.setDefaultNamespace(REQUEST_SCHEMA);
            xml.writeStartElement(REQUEST_SCHEMA, "Autodiscover");
            xml.writeDefaultNamespace(REQUEST_SCHEMA);
            xml.writeStartElement(REQUEST_SCHEMA, "Request");
            text(xml, "EMailAddress", address);
            text(xml, "AcceptableResponseSchema", RESPONSE_SCHEMA);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK cannot write XML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(REQUEST_SCHEMA, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
