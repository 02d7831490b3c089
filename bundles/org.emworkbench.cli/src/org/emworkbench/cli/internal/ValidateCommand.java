/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationEngine;

/** {@code emw validate MODEL... [--disable RULE]...}: runs the offline rules. */
final class ValidateCommand {

    private final Supplier<RuleRegistry> rules;
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(Supplier<RuleRegistry> rules, PrintStream out, PrintStream err) {
        this.rules = rules;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        List<String> models = new ArrayList<>();
        Set<String> disabled = new LinkedHashSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--disable")) {
                if (i + 1 == arguments.size()) {
                    throw new UsageException("--disable needs a rule id, e.g. --disable SSO-002");
                }
                disabled.add(arguments.get(++i));
            } else if (argument.startsWith("--disable=")) {
                disabled.add(argument.substring("--disable=".length()));
            } else if (argument.startsWith("-") && !argument.equals("-")) {
                throw new UsageException("validate: unknown option '" + argument
                        + "'; this version knows --disable RULE (see 'emw help')");
            } else {
                models.add(argument);
            }
        }
        if (models.isEmpty()) {
            throw new UsageException("validate needs at least one model file, e.g. emw validate examples/contoso/contoso.emw");
        }
        ValidationEngine engine = new ValidationEngine(enabledRules(disabled));
        Tally tally = new Tally();
        for (String model : models) {
            validate(model, engine, tally);
        }
        err.println("emw: " + tally.summary(models.size(), engine.rules().size()));
        if (tally.unusable > 0) {
            return ExitCode.UNUSABLE_INPUT;
        }
        return tally.errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private List<RuleDescriptor> enabledRules(Set<String> disabled) throws UsageException {
        RuleRegistry registry = rules.get();
        for (String problem : registry.contributionProblems()) {
            err.println("emw: warning: " + problem);
        }
        List<String> known = registry.rules().stream().map(RuleDescriptor::id).toList();
        for (String id : disabled) {
            if (!known.contains(id)) {
                throw new UsageException("--disable " + id + ": no such rule; known rules: " + String.join(", ", known));
            }
        }
        return registry.rules().stream().filter(rule -> !disabled.contains(rule.id())).toList();
    }

    private void validate(String model, ValidationEngine engine, Tally tally) {
        Resource resource;
        try {
            resource = DeploymentFiles.load(Path.of(model));
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage());
            tally.unusable++;
            return;
        }
        Diagnostic result = engine.validate(resource);
        for (Diagnostic finding : result.getChildren()) {
            out.println(format(model, finding));
            tally.count(finding.getSeverity());
        }
    }

    private static String format(String model, Diagnostic finding) {
        String rule = finding instanceof RuleDiagnostic ruleFinding ? ruleFinding.getRuleId() : finding.getSource();
        String object = finding instanceof RuleDiagnostic ruleFinding ? ruleFinding.getObjectPath() : "/";
        String hint = finding instanceof RuleDiagnostic ruleFinding && ruleFinding.getFixHint() != null
                ? "; " + ruleFinding.getFixHint() : "";
        return model + ": " + RuleSeverity.labelOf(finding.getSeverity()) + " " + rule + " " + object + ": "
                + finding.getMessage() + hint;
    }

    /** Counts findings by severity across the models of one command. */
    private static final class Tally {
        int errors;
        int warnings;
        int infos;
        int unusable;

        void count(int severity) {
            if (severity >= Diagnostic.ERROR) {
                errors++;
            } else if (severity >= Diagnostic.WARNING) {
                warnings++;
            } else {
                infos++;
            }
        }

        String summary(int models, int rules) {
            String text = plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                    + " in " + plural(models - unusable, "model") + " (" + plural(rules, "rule") + ")";
            return unusable == 0 ? text : text + "; " + plural(unusable, "file") + " could not be read";
        }

        private static String plural(int count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }
    }
}
