/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Public suffixes (domains under which anyone can register a name, such as
 * {@code com} or {@code co.uk}), from the facts file {@value #FILE}: one suffix
 * per line. The bundled file lists common suffixes only, not the whole Public
 * Suffix List; the user's file adds suffixes, and a line {@code !SUFFIX}
 * removes a bundled one.
 */
public final class PublicSuffixes {

    /** The name of the facts file. */
    public static final String FILE = "public-suffixes.txt";

    private final Set<String> suffixes;
    private final List<String> problems;

    private PublicSuffixes(Set<String> suffixes, List<String> problems) {
        this.suffixes = suffixes;
        this.problems = problems;
    }

    /**
     * Reads the bundled facts and the user's override.
     *
     * @return the suffixes; problems of the user's file are listed, not thrown
     * @throws IllegalStateException when the bundled file is malformed
     */
    public static PublicSuffixes load() {
        FactsFile.Lines lines = FactsFile.read(FILE);
        Set<String> suffixes = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>(lines.problems());
        for (FactsFile.Line line : lines.bundled()) {
            String suffix = normalized(line.text());
            if (suffix == null) {
                throw new IllegalStateException(line.problem("'" + line.text() + "' is not a domain suffix"));
            }
            suffixes.add(suffix);
        }
        for (FactsFile.Line line : lines.override()) {
            boolean remove = line.text().startsWith("!");
            String suffix = normalized(remove ? line.text().substring(1) : line.text());
            if (suffix == null) {
                problems.add(line.problem("'" + line.text() + "' is not a domain suffix such as co.uk or !co.uk"));
            } else if (remove) {
                suffixes.remove(suffix);
            } else {
                suffixes.add(suffix);
            }
        }
        return new PublicSuffixes(Set.copyOf(suffixes), List.copyOf(problems));
    }

    /**
     * @param domain a domain name, with or without the final dot, in any case
     * @return whether it is a public suffix
     */
    public boolean isPublicSuffix(String domain) {
        String normalized = normalized(domain);
        return normalized != null && suffixes.contains(normalized);
    }

    /** @return sentences about lines of the user's file that were ignored */
    public List<String> problems() {
        return problems;
    }

    private static String normalized(String text) {
        String suffix = text.strip().toLowerCase(Locale.ROOT);
        if (suffix.startsWith(".")) {
            suffix = suffix.substring(1);
        }
        if (suffix.endsWith(".")) {
            suffix = suffix.substring(0, suffix.length() - 1);
        }
        if (suffix.isEmpty() || !suffix.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*")) {
            return null;
        }
        return suffix;
    }
}
