/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules the validation bundle registers, read from its {@code plugin.xml}
 * without OSGi, so that the benchmark always runs exactly the registered rule
 * set. The build copies {@code plugin.xml} and {@code plugin.properties} to the
 * class path folder {@value #FOLDER}. Each rule class is instantiated once, as
 * the extension registry does on first use; anything that does not resolve
 * (unknown class, target, severity) fails the benchmark instead of leaving the
 * rule out.
 */
final class PluginXmlRules {

    /**
     * The offline rules plugin.xml registers today: SSO-001 to SSO-017. A
     * reader that silently lost rules would make validation look cheap, so a
     * different count fails the benchmark; change it with plugin.xml.
     */
    static final int EXPECTED_OFFLINE_RULES = 17;

    /** The validation bundle's symbolic name, and the class path folder of its plugin.xml. */
    static final String FOLDER = "org.emworkbench.validation";

    private PluginXmlRules() {
    }

    /** @return a descriptor of every rule plugin.xml registers, in its order */
    static List<RuleDescriptor> all() {
        Properties texts = properties();
        List<RuleDescriptor> rules = new ArrayList<>();
        NodeList elements = document().getElementsByTagName("rule");
        for (int index = 0; index < elements.getLength(); index++) {
            Element rule = (Element) elements.item(index);
            String id = rule.getAttribute("id").strip();
            ValidationRule instance = instantiate(id, rule.getAttribute("class").strip());
            NodeList descriptions = rule.getElementsByTagName("description");
            String description = descriptions.getLength() == 0 ? ""
                    : descriptions.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            rules.add(new RuleDescriptor(id, localized(texts, rule.getAttribute("name")), rule.getAttribute("category"),
                    RuleSeverity.fromLabel(or(rule.getAttribute("severity"), "error")),
                    RuleMode.fromLabel(or(rule.getAttribute("mode"), "offline")),
                    target(id, rule.getAttribute("namespaceUri"), rule.getAttribute("target")), FOLDER, description,
                    () -> instance, rule.getAttribute("documentation")));
        }
        return List.copyOf(rules);
    }

    /**
     * @return the offline rules plugin.xml registers
     * @throws IllegalStateException when they are not {@value #EXPECTED_OFFLINE_RULES}
     *                               rules with distinct ids
     */
    static List<RuleDescriptor> offline() {
        List<RuleDescriptor> offline = all().stream().filter(rule -> rule.mode() == RuleMode.OFFLINE).toList();
        long distinct = offline.stream().map(RuleDescriptor::id).distinct().count();
        if (offline.size() != EXPECTED_OFFLINE_RULES || distinct != offline.size()) {
            throw new IllegalStateException("bundles/" + FOLDER + "/plugin.xml registers " + offline.size()
                    + " offline rules with " + distinct + " distinct ids, the benchmark expects "
                    + EXPECTED_OFFLINE_RULES + " with distinct ids: " + offline.stream().map(RuleDescriptor::id).toList()
                    + "; if plugin.xml changed, update PluginXmlRules.EXPECTED_OFFLINE_RULES");
        }
        return offline;
    }

    private static org.w3c.dom.Document document() {
        try (InputStream in = resource("plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + FOLDER + "/plugin.xml from the class path: " + e, e);
        }
    }

    private static Properties properties() {
        Properties texts = new Properties();
        try (InputStream in = resource("plugin.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FOLDER + "/plugin.properties from the class path", e);
        }
        return texts;
    }

    private static InputStream resource(String name) {
        InputStream in = PluginXmlRules.class.getResourceAsStream("/" + FOLDER + "/" + name);
        if (in == null) {
            throw new IllegalStateException(FOLDER + "/" + name + " is not on the class path; the bench module's"
                    + " build copies it from bundles/" + FOLDER);
        }
        return in;
    }

    /** Resolves {@code %key} from plugin.properties, as the extension registry does. */
    private static String localized(Properties texts, String value) {
        if (!value.startsWith("%")) {
            return value;
        }
        String text = texts.getProperty(value.substring(1));
        if (text == null) {
            throw new IllegalStateException("plugin.properties of " + FOLDER + " has no key " + value.substring(1));
        }
        return text;
    }

    private static EClass target(String id, String namespaceUri, String className) {
        // Registers the model's package, as the model bundle's plugin.xml does in OSGi.
        DeploymentPackage.eINSTANCE.eClass();
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(namespaceUri.strip());
        EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(className.strip());
        if (!(classifier instanceof EClass eClass)) {
            throw new IllegalStateException("rule " + id + " in " + FOLDER + "/plugin.xml targets " + namespaceUri
                    + "#" + className + ", which is not a model class");
        }
        return eClass;
    }

    private static ValidationRule instantiate(String id, String className) {
        try {
            Object created = Class.forName(className).getDeclaredConstructor().newInstance();
            if (created instanceof ValidationRule rule) {
                return rule;
            }
            throw new IllegalStateException(className + " does not implement " + ValidationRule.class.getName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("rule " + id + ": cannot create " + className + ": " + e, e);
        }
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
