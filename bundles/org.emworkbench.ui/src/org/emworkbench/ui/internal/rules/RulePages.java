/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleRegistry;
import org.osgi.framework.Bundle;

/**
 * Finds the page of a rule. A rule's {@code documentation} attribute is either
 * an absolute http(s) address, or a path inside the plug-in that contributes
 * the rule ({@code docs/rules/SSO-002.md} in {@code org.emworkbench.validation}).
 */
public final class RulePages {

    private RulePages() {
    }

    /**
     * Where a rule's page is, or why it cannot be shown.
     *
     * @param rule    the rule; {@code null} when no rule has the id asked for
     * @param url     the page: a bundle entry or a web address; {@code null} when there is none
     * @param problem a sentence for the user when there is no page to show; {@code null} otherwise
     */
    public record Location(RuleDescriptor rule, URL url, String problem) {

        /** @return whether the page is on the web, to be opened in a browser rather than read */
        public boolean isWeb() {
            return url != null && isWebAddress(url.toString());
        }
    }

    /**
     * @param ruleId a rule id as the marker or finding names it
     * @return the rule's page, or a sentence naming the rule, its contributor and the path that was looked for
     */
    public static Location locate(String ruleId) {
        Optional<RuleDescriptor> rule = RuleRegistry.fromPlatform().rules().stream()
                .filter(candidate -> candidate.id().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            return new Location(null, null, "No rule " + ruleId + " is installed, so it has no page.");
        }
        return locate(rule.get());
    }

    /**
     * @param rule a rule
     * @return its page, or a sentence naming the rule, its contributor and the path that was looked for
     */
    public static Location locate(RuleDescriptor rule) {
        String documentation = rule.documentation();
        if (documentation == null) {
            return new Location(rule, null, "Rule " + rule.id() + " (contributed by " + rule.contributor()
                    + ") has no documentation page.");
        }
        if (isWebAddress(documentation)) {
            try {
                return new Location(rule, URI.create(documentation).toURL(), null);
            } catch (IllegalArgumentException | MalformedURLException e) {
                return new Location(rule, null, "Rule " + rule.id() + " (contributed by " + rule.contributor()
                        + ") names its page as " + documentation + ", which is not a valid address.");
            }
        }
        Bundle contributor = Platform.getBundle(rule.contributor());
        URL entry = contributor == null ? null : contributor.getEntry(documentation);
        if (entry == null) {
            return new Location(rule, null, "The page of rule " + rule.id() + " cannot be found: plug-in "
                    + rule.contributor() + " has no file " + documentation + ".");
        }
        return new Location(rule, entry, null);
    }

    /**
     * @param page a page that was shown
     * @param link a link on it, as written
     * @return the address the link names, without its {@code #section}
     * @throws URISyntaxException when the link is not a valid address
     */
    public static URL resolve(URL page, String link) throws URISyntaxException {
        String withoutSection = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        if (withoutSection.isEmpty()) {
            return page;
        }
        try {
            return page.toURI().resolve(new URI(null, null, withoutSection, null)).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new URISyntaxException(link, e.getMessage());
        }
    }

    /**
     * @param page a page inside a plug-in
     * @return its Markdown
     * @throws IOException when it cannot be read
     */
    public static String read(URL page) throws IOException {
        try (InputStream in = page.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * @param address an address as written
     * @return whether it is an absolute http or https address
     */
    public static boolean isWebAddress(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
