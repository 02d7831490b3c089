/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * EMF's XMI handler with the {@link ModelMigrations} in front of it: when the
 * document declares the namespace of an older, migratable version, the
 * declaration is rewritten to the current version and every element passes
 * through the chain of migrations before EMF sees it. The parser's locator is
 * untouched, so errors keep the line and column of the file on disk.
 */
final class MigratingXmiHandler extends SAXXMIHandler {

    /** Namespace URIs of older versions and the current one each is read as. */
    private final Map<String, String> rewrittenNamespaces = new HashMap<>();
    private final Map<String, String> namespaceOfPrefix = new HashMap<>();
    private List<ModelMigration> chain = List.of();
    /** Per migration step, the element names from the root as that step's source version has them. */
    private final List<Deque<String>> sourcePaths = new ArrayList<>();
    /** The qualified names the open elements were passed on with, to close them alike. */
    private final Deque<String> passedNames = new ArrayDeque<>();
    private int depth;

    MigratingXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        String namespace = uri;
        List<ModelMigration> found = ModelMigrations.chainFrom(uri);
        if (!found.isEmpty()) {
            namespace = found.get(found.size() - 1).targetNamespace();
            rewrittenNamespaces.put(uri, namespace);
            if (depth == 0 && chain.isEmpty()) {
                startMigrating(uri, found);
            }
        }
        namespaceOfPrefix.put(prefix, namespace);
        super.startPrefixMapping(prefix, namespace);
    }

    private void startMigrating(String sourceNamespace, List<ModelMigration> migrations) {
        chain = migrations;
        sourcePaths.clear();
        for (int i = 0; i < migrations.size(); i++) {
            sourcePaths.add(new ArrayDeque<>());
        }
        warning(new XMIException("the file is of the older deployment model " + sourceNamespace + " and was read as "
                + migrations.get(migrations.size() - 1).targetNamespace()
                + "; saving it writes the current version (the old file is kept as the backup)", getLocation(),
                getLineNumber(), getColumnNumber()));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        depth++;
        if (chain.isEmpty()) {
            super.startElement(uri, localName, qName, attributes);
            return;
        }
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon + 1);
        MigratingElement element = new MigratingElement(qName.substring(colon + 1),
                rewriteNamespaceDeclarations(attributes), namespaceOfPrefix::get);
        for (int step = 0; step < chain.size(); step++) {
            Deque<String> path = sourcePaths.get(step);
            path.addLast(element.name());
            element.moveTo(List.copyOf(path));
            migrate(chain.get(step), element);
        }
        String passedName = prefix + element.name();
        passedNames.push(passedName);
        super.startElement(rewritten(uri), element.name(), passedName, element.toAttributes());
    }

    /** A migration that fails is reported at the element it failed on, and the load stops there. */
    private void migrate(ModelMigration migration, MigratingElement element) throws SAXException {
        try {
            migration.migrate(element);
        } catch (RuntimeException e) {
            XMIException failure = new XMIException("the migration from " + migration.sourceNamespace() + " to "
                    + migration.targetNamespace() + " fails on this " + element.name() + " element ("
                    + e.getMessage() + ")", e, getLocation(), getLineNumber(), getColumnNumber());
            fatalError(failure);
            throw new SAXException(failure);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
        if (chain.isEmpty() || passedNames.isEmpty()) {
            super.endElement(uri, localName, qName);
            return;
        }
        sourcePaths.forEach(Deque::removeLast);
        String passedName = passedNames.pop();
        super.endElement(rewritten(uri), passedName.substring(passedName.indexOf(':') + 1), passedName);
    }

    @Override
    public void reset() {
        super.reset();
        rewrittenNamespaces.clear();
        namespaceOfPrefix.clear();
        chain = List.of();
        sourcePaths.clear();
        passedNames.clear();
        depth = 0;
    }

    private String rewritten(String uri) {
        return rewrittenNamespaces.getOrDefault(uri, uri);
    }

    /** A parser that reports xmlns attributes as well as prefix mappings gets both rewritten. */
    private Attributes rewriteNamespaceDeclarations(Attributes attributes) {
        AttributesImpl result = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            String value = attributes.getValue(i);
            if ((name.equals("xmlns") || name.startsWith("xmlns:")) && rewrittenNamespaces.containsKey(value)) {
                if (result == null) {
                    result = new AttributesImpl(attributes);
                }
                result.setValue(i, rewrittenNamespaces.get(value));
            }
        }
        return result == null ? attributes : result;
    }
}
