/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.internal.dns.SrvRecordProvider;
import org.emworkbench.autodiscovery.internal.registry.BuiltInProviders;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plain-Java registry of built-in providers says what plugin.xml says, in the same order. */
class BuiltInProvidersTest {

    /** What one provider element declares, names resolved from plugin.properties. */
    private record Declared(String id, String name, String transport, int order, String className) {
    }

    @Test
    void builtInProvidersMatchPluginXml() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(SrvRecordProvider.class);
        Properties names = new Properties();
        try (InputStream in = entry(bundle, "plugin.properties").openStream()) {
            names.load(in);
        }
        List<Declared> declared = new ArrayList<>();
        try (InputStream in = entry(bundle, "plugin.xml").openStream()) {
            NodeList providers = parser().parse(in).getElementsByTagName("provider");
            for (int i = 0; i < providers.getLength(); i++) {
                Element provider = (Element) providers.item(i);
                String name = provider.getAttribute("name");
                declared.add(new Declared(provider.getAttribute("id"),
                        name.startsWith("%") ? names.getProperty(name.substring(1)) : name,
                        provider.getAttribute("transport"), Integer.parseInt(provider.getAttribute("order")),
                        provider.getAttribute("class")));
            }
        }
        declared.sort(Comparator.comparingInt(Declared::order).thenComparing(Declared::id));

        List<Declared> builtIn = new ArrayList<>();
        for (ProviderDescriptor provider : new BuiltInProviders().providers()) {
            builtIn.add(new Declared(provider.id(), provider.name(),
                    provider.transport().name().toLowerCase(Locale.ROOT), provider.order(),
                    provider.factory().get().getClass().getName()));
        }
        assertEquals(declared, builtIn);
        assertEquals(3, builtIn.size());
    }

    private static URL entry(Bundle bundle, String path) {
        URL url = bundle.getEntry(path);
        assertNotNull(url, path + " is missing from " + bundle.getSymbolicName());
        return url;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        return factory.newDocumentBuilder();
    }
}
