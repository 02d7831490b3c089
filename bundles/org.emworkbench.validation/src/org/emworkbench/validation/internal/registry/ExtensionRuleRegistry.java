/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/**
 * Reads rules and categories from the {@code validators} extension point.
 * Invalid contributions are left out and described in
 * {@link #contributionProblems()}; they never stop the valid ones.
 */
public final class ExtensionRuleRegistry implements RuleRegistry {

    /** The fully qualified id of the extension point. */
    public static final String EXTENSION_POINT = "org.emworkbench.validation.validators";

    private final List<RuleDescriptor> rules;
    private final List<String> problems = new ArrayList<>();

    /** @param registry the extension registry to read, once, now */
    public ExtensionRuleRegistry(IExtensionRegistry registry) {
        IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT);
        Set<String> categories = new HashSet<>();
        for (IConfigurationElement element : elements) {
            if ("category".equals(element.getName()) && element.getAttribute("id") != null) {
                categories.add(element.getAttribute("id"));
            }
        }
        Map<String, List<RuleDescriptor>> candidates = new TreeMap<>();
        for (IConfigurationElement element : elements) {
            if ("rule".equals(element.getName())) {
                RuleDescriptor rule = read(element, categories);
                if (rule != null) {
                    candidates.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
                }
            }
        }
        String builtIn = registry.getExtensionPoint(EXTENSION_POINT).getContributor().getName();
        List<RuleDescriptor> registered = new ArrayList<>();
        for (List<RuleDescriptor> sameId : candidates.values()) {
            RuleDescriptor chosen = choose(sameId, builtIn);
            if (chosen != null) {
                registered.add(chosen);
            }
        }
        this.rules = List.copyOf(registered);
    }

    /**
     * Settles rules that share an id without depending on the order plug-ins
     * were installed in: a built-in rule keeps its id; otherwise nobody gets it.
     */
    private RuleDescriptor choose(List<RuleDescriptor> sameId, String builtIn) {
        if (sameId.size() == 1) {
            return sameId.get(0);
        }
        RuleDescriptor kept = sameId.stream().filter(rule -> rule.contributor().equals(builtIn)).findFirst()
                .orElse(null);
        for (RuleDescriptor rule : sameId) {
            if (kept == null) {
                problems.add("plug-in " + rule.contributor() + ": rule " + rule.id()
                        + " is ignored: the id is contributed by several plug-ins ("
                        + sameId.stream().map(RuleDescriptor::contributor).toList() + ") and none is built in;"
                        + " give each rule an id of its own");
            } else if (rule != kept) {
                problems.add("plug-in " + rule.contributor() + ": rule " + rule.id()
                        + " is ignored: the id is already used by plug-in " + kept.contributor());
            }
        }
        return kept;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return rules;
    }

    @Override
    public List<String> contributionProblems() {
        return List.copyOf(problems);
    }

    private RuleDescriptor read(IConfigurationElement element, Set<String> categories) {
        String contributor = element.getContributor().getName();
        String id = element.getAttribute("id");
        String where = "plug-in " + contributor + ": rule " + (id == null ? "without id" : id);
        try {
            required(element, "id");
            String name = required(element, "name");
            String category = required(element, "category");
            if (!categories.contains(category)) {
                throw new InvalidContribution("category '" + category + "' is not declared by any plug-in");
            }
            RuleSeverity severity = RuleSeverity.fromLabel(optional(element, "severity", "error"));
            RuleMode mode = RuleMode.fromLabel(optional(element, "mode", "offline"));
            EClass target = targetClass(required(element, "namespaceUri"), required(element, "target"));
            required(element, "class");
            return new RuleDescriptor(id.strip(), name, category, severity, mode, target, contributor,
                    description(element), new LazyRule(element), element.getAttribute("documentation"));
        } catch (InvalidContribution | IllegalArgumentException e) {
            problems.add(where + " is ignored: " + e.getMessage());
            return null;
        }
    }

    private static EClass targetClass(String namespaceUri, String className) {
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(namespaceUri);
        if (ePackage == null) {
            throw new InvalidContribution("no model package is registered for namespace '" + namespaceUri + "'");
        }
        EClassifier classifier = ePackage.getEClassifier(className);
        if (!(classifier instanceof EClass eClass)) {
            throw new InvalidContribution("package " + ePackage.getName() + " has no class '" + className + "'");
        }
        return eClass;
    }

    private static String description(IConfigurationElement element) {
        IConfigurationElement[] children = element.getChildren("description");
        if (children.length == 0 || children[0].getValue() == null) {
            return "";
        }
        return children[0].getValue().strip().replaceAll("\\s+", " ");
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContribution("attribute '" + attribute + "' is missing");
        }
        return value.strip();
    }

    private static String optional(IConfigurationElement element, String attribute, String fallback) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** Creates the rule's class on first use and keeps the instance. */
    private static final class LazyRule implements Supplier<ValidationRule> {
        private final IConfigurationElement element;
        private volatile ValidationRule instance;

        LazyRule(IConfigurationElement element) {
            this.element = element;
        }

        @Override
        public ValidationRule get() {
            ValidationRule rule = instance;
            if (rule == null) {
                synchronized (this) {
                    rule = instance;
                    if (rule == null) {
                        rule = create();
                        instance = rule;
                    }
                }
            }
            return rule;
        }

        private ValidationRule create() {
            try {
                Object created = element.createExecutableExtension("class");
                if (created instanceof ValidationRule rule) {
                    return rule;
                }
                throw new IllegalStateException(created.getClass().getName() + " does not implement "
                        + ValidationRule.class.getName());
            } catch (CoreException e) {
                throw new IllegalStateException("cannot create " + element.getAttribute("class") + ": "
                        + e.getStatus().getMessage(), e);
            }
        }
    }

    /** A contribution that cannot be registered, with the reason. */
    private static final class InvalidContribution extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidContribution(String reason) {
            super(reason);
        }
    }
}
