/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * EMF's parser pool, except that a parser handed back forgets the handlers of
 * its last parse. EMF's own pool keeps them, and through them the last model
 * it loaded, long after the caller let the model go.
 */
final class ForgetfulParserPool extends XMLParserPoolImpl {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    @Override
    public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
            boolean useLexicalHandler) {
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(null);
            reader.setDTDHandler(null);
            reader.setEntityResolver(null);
            reader.setErrorHandler(null);
            if (useLexicalHandler) {
                reader.setProperty(LEXICAL_HANDLER, null);
            }
        } catch (SAXException | RuntimeException e) {
            // A parser that cannot forget is not pooled: dropping it is always safe.
            return;
        }
        super.release(parser, features, properties, useLexicalHandler);
    }
}
