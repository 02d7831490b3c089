/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to discover for: an email address ({@code alice@contoso.com}) or a bare
 * mail domain ({@code contoso.com}). The domain is kept in its ASCII (IDNA)
 * form, lower case, without a trailing dot, so that every provider builds its
 * queries from the same name.
 *
 * @param localPart the part before the {@code @}, or {@code null} for a bare domain
 * @param domain    the mail domain, lower-case ASCII, never {@code null}
 * @since 0.1
 */
public record DiscoveryTarget(String localPart, String domain) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    /** Checks the parts; use {@link #parse(String)} for user input. */
    public DiscoveryTarget {
        Objects.requireNonNull(domain, "domain");
        if (localPart != null && localPart.isEmpty()) {
            throw new IllegalArgumentException("the part before '@' is empty");
        }
    }

    /**
     * Reads an email address or a domain as a user typed it.
     *
     * @param text {@code user@domain} or {@code domain}; surrounding blanks and a trailing dot are ignored
     * @return the target
     * @throws IllegalArgumentException with a message saying what is wrong and what is expected
     */
    public static DiscoveryTarget parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty; expected an email address such as alice@contoso.com or a domain such as contoso.com");
        }
        int at = trimmed.lastIndexOf('@');
        String localPart = at < 0 ? null : trimmed.substring(0, at);
        if (localPart != null && localPart.isBlank()) {
            throw new IllegalArgumentException("'" + trimmed + "' has nothing before '@'; expected an address such as alice@contoso.com");
        }
        return new DiscoveryTarget(localPart, domainName(trimmed.substring(at + 1), trimmed));
    }

    /**
     * Normalizes a domain name: IDNA to ASCII, lower case, no trailing dot.
     *
     * @param name  the name
     * @param input the whole input, for the error message
     * @return the normalized name
     * @throws IllegalArgumentException when it is not a domain name
     */
    static String domainName(String name, String input) {
        String withoutDot = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (withoutDot.isEmpty() || withoutDot.startsWith(".") || withoutDot.contains("..")) {
            throw new IllegalArgumentException("'" + input
                    + "' does not end in a valid domain name: it has an empty label (a leading dot or two dots in a row)");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(withoutDot, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + input + "' does not end in a valid domain name: " + e.getMessage(), e);
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            throw new IllegalArgumentException("'" + input + "' does not end in a domain name; expected a name such as contoso.com");
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("'" + input + "': '" + label
                        + "' is not a valid domain label (letters, digits and hyphens, 1 to 63 characters, no hyphen at either end)");
            }
        }
        return ascii;
    }

    /** @return the whole address, or {@code null} for a bare domain */
    public String address() {
        return localPart == null ? null : localPart + "@" + domain;
    }

    /** @return the address if there is one, else the domain */
    @Override
    public String toString() {
        return localPart == null ? domain : address();
    }
}
