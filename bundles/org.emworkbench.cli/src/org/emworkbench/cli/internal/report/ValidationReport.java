/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one {@code emw validate} run found, in the terms every report
 * format shares. It depends on nothing but the JDK, so the formats can be
 * written and checked without EMF or OSGi.
 *
 * @param tool    the program that validated
 * @param rules   the rules that were applied, ordered by id
 * @param notRun  the known rules that were not applied, with the reason, ordered by id
 * @param models  one result per model file, in the order the user named them
 */
public record ValidationReport(Tool tool, List<Rule> rules, List<SkippedRule> notRun, List<ModelResult> models) {

    /** Copies the lists. */
    public ValidationReport {
        Objects.requireNonNull(tool, "tool");
        rules = List.copyOf(rules);
        notRun = List.copyOf(notRun);
        models = List.copyOf(models);
    }

    /** @return the counts over all models */
    public Summary summary() {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int unusable = 0;
        for (ModelResult model : models) {
            if (!model.usable()) {
                unusable++;
            }
            for (Finding finding : model.findings()) {
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                }
            }
        }
        return new Summary(errors, warnings, infos, unusable);
    }

    /**
     * @param id a rule id
     * @return the applied rule with that id, or {@code null}
     */
    public Rule rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * @param name    the program's name, {@code emw}
     * @param version its version
     */
    public record Tool(String name, String version) {
        /** Checks that both are given. */
        public Tool {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }
    }

    /** How serious a finding is; the labels are those of the text output. */
    public enum Severity {
        /** The deployment will not work as intended. */
        ERROR,
        /** Likely to cause trouble. */
        WARNING,
        /** Worth knowing. */
        INFO;

        /** @return {@code error}, {@code warning} or {@code info} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A rule as reports describe it.
     *
     * @param id            the stable id, e.g. {@code SSO-002}
     * @param name          what must hold
     * @param category      the id of its category
     * @param severity      the severity of its findings
     * @param mode          {@code offline} or {@code online}
     * @param contributor   the plug-in that contributed it
     * @param description   why it exists; may be empty
     * @param documentation a link to its documentation as contributed, or {@code null}
     */
    public record Rule(String id, String name, String category, Severity severity, String mode, String contributor,
            String description, String documentation) {
        /** Checks the required components; a missing description becomes empty. */
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(contributor, "contributor");
            description = description == null ? "" : description;
        }
    }

    /**
     * A known rule that this run did not apply.
     *
     * @param rule   the rule
     * @param reason why, e.g. "switched off with --disable"
     */
    public record SkippedRule(Rule rule, String reason) {
    }

    /**
     * The result for one model file: either validated, with its findings, or
     * unusable, with the load error.
     *
     * @param file       the path as the user typed it
     * @param error      why the file could not be used, or {@code null} when it was validated
     * @param findings   the findings, in the engine's order; empty for an unusable file
     * @param suppressed ids of applied rules the model itself switches off entirely
     */
    public record ModelResult(String file, LoadError error, List<Finding> findings, Set<String> suppressed) {

        /** Copies the collections. */
        public ModelResult {
            Objects.requireNonNull(file, "file");
            findings = List.copyOf(findings);
            suppressed = Set.copyOf(suppressed);
        }

        /**
         * @param file       the path as typed
         * @param findings   what the rules found
         * @param suppressed ids of rules the model switches off entirely
         * @return a validated model's result
         */
        public static ModelResult validated(String file, List<Finding> findings, Set<String> suppressed) {
            return new ModelResult(file, null, findings, suppressed);
        }

        /**
         * @param file  the path as typed
         * @param error why it could not be used
         * @return an unusable file's result
         */
        public static ModelResult unusable(String file, LoadError error) {
            return new ModelResult(file, Objects.requireNonNull(error, "error"), List.of(), Set.of());
        }

        /** @return whether the model was loaded and validated */
        public boolean usable() {
            return error == null;
        }
    }

    /**
     * Why a model file could not be used.
     *
     * @param line    1-based line, or 0 when not known
     * @param column  1-based column, or 0 when not known
     * @param message what is wrong and what to do, without the location
     */
    public record LoadError(int line, int column, String message) {
        /** Checks that a message is given. */
        public LoadError {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Where in the model file an object's element starts.
     *
     * @param line   1-based line
     * @param column 1-based column, in UTF-16 code units
     */
    public record Position(int line, int column) {
    }

    /**
     * One finding.
     *
     * @param ruleId      the rule that reported it
     * @param severity    its severity
     * @param objectPath  the path of the object it is about, e.g. {@code /server}
     * @param message     what is wrong
     * @param expected    the expected value, or {@code null}
     * @param actual      the value found, or {@code null}
     * @param fixHint     how to fix it, or {@code null}
     * @param ruleFailure whether the rule itself failed (threw, timed out) rather than found a problem
     * @param position    where the object's element starts in the file, or {@code null} when not known
     */
    public record Finding(String ruleId, Severity severity, String objectPath, String message, String expected,
            String actual, String fixHint, boolean ruleFailure, Position position) {
        /** Checks the required components. */
        public Finding {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(objectPath, "objectPath");
            Objects.requireNonNull(message, "message");
        }

        /** @return the message followed by the fix hint, as the text output shows it */
        public String messageWithHint() {
            return fixHint == null ? message : message + "; " + fixHint;
        }
    }

    /**
     * Counts over a whole run.
     *
     * @param errors   error findings
     * @param warnings warning findings
     * @param infos    info findings
     * @param unusable model files that could not be used
     */
    public record Summary(int errors, int warnings, int infos, int unusable) {
    }
}
