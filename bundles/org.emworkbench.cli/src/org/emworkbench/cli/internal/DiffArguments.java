/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.emworkbench.model.compare.FeatureNames;
import org.emworkbench.model.compare.UnknownFeatureException;

/**
 * The parsed arguments of {@code emw diff A B [--format text|json|markdown] [--ignore FEATURE]...}.
 *
 * @param left    the first model, as typed
 * @param right   the second model, as typed
 * @param format  {@code text}, {@code json} or {@code markdown}
 * @param ignored the features {@code --ignore} names
 */
record DiffArguments(String left, String right, String format, Set<EStructuralFeature> ignored) {

    /** The formats {@code diff} writes. */
    static final List<String> FORMATS = List.of("text", "json", "markdown");

    private static final OptionReader READER = new OptionReader("diff",
            "--format text|json|markdown and --ignore FEATURE", Set.of(), Map.of("--format", "text, json or markdown", "--ignore",
                    "a feature, Class.feature or feature, e.g. --ignore MdxApplication.version"));

    /** Copies the set. */
    DiffArguments {
        ignored = Set.copyOf(ignored);
    }

    /**
     * @param arguments the words after {@code diff}
     * @return the parsed arguments
     * @throws UsageException with what to type instead
     */
    static DiffArguments parse(List<String> arguments) throws UsageException {
        Reading reading = new Reading();
        List<String> files = READER.read(arguments, reading);
        String format = reading.format;
        if (files.size() != 2) {
            throw new UsageException("diff needs two model files, e.g. emw diff examples/contoso/contoso.emw"
                    + " examples/contoso/broken-srv-record.emw" + (files.isEmpty() ? "" : "; got " + files.size()));
        }
        if (format == null) {
            format = "text";
        } else if (!FORMATS.contains(format)) {
            throw new UsageException("--format " + format + ": diff writes text, json or markdown");
        }
        return new DiffArguments(files.get(0), files.get(1), format, reading.ignored);
    }

    /** What the options say, as they are read. */
    private static final class Reading implements OptionReader.Handler {
        private String format;
        private final Set<EStructuralFeature> ignored = new LinkedHashSet<>();

        @Override
        public void accept(String option, String value) throws UsageException {
            if (option.equals("--format")) {
                format = ValidateArguments.once(option, format, value.strip());
            } else {
                ignored.addAll(feature(value.strip()));
            }
        }
    }

    private static List<EStructuralFeature> feature(String name) throws UsageException {
        try {
            return FeatureNames.resolve(name);
        } catch (UnknownFeatureException e) {
            String valid = e.getClosest() != null ? ""
                    : "; valid names are Class.feature or one of: " + e.getValidNames().stream()
                            .filter(n -> n.indexOf('.') < 0).collect(Collectors.joining(", "));
            throw new UsageException("--ignore " + name + ": " + e.getMessage() + valid
                    + " (the features are listed in docs/model.md)");
        }
    }
}
