/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.Transport;

/**
 * Reads providers from the {@code providers} extension point. An invalid
 * contribution is left out and described in {@link #contributionProblems()};
 * it never stops the valid ones. Two contributions with one id: the first in
 * contributor order is kept, the other reported.
 */
public final class ExtensionProviderRegistry implements ProviderRegistry {

    /** The fully qualified id of the extension point. */
    public static final String EXTENSION_POINT = "org.emworkbench.autodiscovery.providers";

    private static final int DEFAULT_ORDER = 1000;

    private final List<ProviderDescriptor> providers;
    private final List<String> problems = new ArrayList<>();

    /** @param registry the extension registry to read, once, now */
    public ExtensionProviderRegistry(IExtensionRegistry registry) {
        Map<String, ProviderDescriptor> byId = new HashMap<>();
        List<IConfigurationElement> elements = new ArrayList<>(
                List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing(element -> element.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            if (!"provider".equals(element.getName())) {
                continue;
            }
            ProviderDescriptor provider = read(element);
            if (provider == null) {
                continue;
            }
            ProviderDescriptor existing = byId.putIfAbsent(provider.id(), provider);
            if (existing != null) {
                problems.add("plug-in " + provider.contributor() + ": provider " + provider.id()
                        + " is ignored: the id is already used by plug-in " + existing.contributor()
                        + "; give the provider an id of its own");
            }
        }
        List<ProviderDescriptor> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparingInt(ProviderDescriptor::order).thenComparing(ProviderDescriptor::id));
        this.providers = List.copyOf(sorted);
    }

    @Override
    public List<ProviderDescriptor> providers() {
        return providers;
    }

    @Override
    public List<String> contributionProblems() {
        return List.copyOf(problems);
    }

    private ProviderDescriptor read(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String id = element.getAttribute("id");
        String where = "plug-in " + contributor + ": provider " + (id == null ? "without id" : id);
        if (id == null || id.isBlank()) {
            problems.add(where + " is ignored: it has no id");
            return null;
        }
        String name = element.getAttribute("name");
        if (name == null || name.isBlank()) {
            problems.add(where + " is ignored: it has no name");
            return null;
        }
        if (element.getAttribute("class") == null) {
            problems.add(where + " is ignored: it names no class implementing AutodiscoveryProvider");
            return null;
        }
        Transport transport;
        String transportText = element.getAttribute("transport");
        try {
            transport = transportText == null ? Transport.DNS
                    : Transport.valueOf(transportText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + " is ignored: transport '" + transportText + "' is neither dns nor http");
            return null;
        }
        int order = DEFAULT_ORDER;
        String orderText = element.getAttribute("order");
        if (orderText != null) {
            try {
                order = Integer.parseInt(orderText.strip());
            } catch (NumberFormatException e) {
                problems.add(where + " is ignored: order '" + orderText + "' is not a whole number");
                return null;
            }
        }
        IConfigurationElement[] descriptions = element.getChildren("description");
        String description = descriptions.length == 0 || descriptions[0].getValue() == null ? ""
                : descriptions[0].getValue().strip().replaceAll("\\s+", " ");
        return new ProviderDescriptor(id, name, description, transport, order, contributor,
                BuiltInProviders.once(() -> instantiate(element, where)));
    }

    private static AutodiscoveryProvider instantiate(IConfigurationElement element, String where) {
        try {
            Object provider = element.createExecutableExtension("class");
            if (provider instanceof AutodiscoveryProvider autodiscoveryProvider) {
                return autodiscoveryProvider;
            }
            throw new IllegalStateException(where + ": class " + provider.getClass().getName()
                    + " does not implement " + AutodiscoveryProvider.class.getName());
        } catch (CoreException e) {
            throw new IllegalStateException(where + ": class " + element.getAttribute("class")
                    + " cannot be created: " + e.getMessage(), e);
        }
    }
}
