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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelSaveException;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationEngine;

/**
 * {@code emw fix MODEL [--rule ID]... [--format text|json]}: applies the quick
 * fixes the offline rules offer, validating again after each round (a fix can
 * reveal or settle other findings), and saves the model atomically when
 * anything changed. The previous version is kept as {@code MODEL.bak}. The
 * fixes applied and the findings left go to stdout, as lines or as one JSON
 * document ({@link FixJson}).
 */
final class FixCommand {

    /** Enough for fixes that enable further fixes; a rule whose fix never settles cannot loop forever. */
    private static final int MAXIMUM_ROUNDS = 5;

    private final Supplier<RuleRegistry> rules;
    private final PrintStream out;
    private final PrintStream err;

    FixCommand(Supplier<RuleRegistry> rules, PrintStream out, PrintStream err) {
        this.rules = rules;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        String model = null;
        boolean json = false;
        Set<String> only = new LinkedHashSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--format") || argument.startsWith("--format=")) {
                String format = argument.equals("--format") ? (i + 1 < arguments.size() ? arguments.get(++i) : "")
                        : argument.substring("--format=".length());
                if (!format.equals("text") && !format.equals("json")) {
                    throw new UsageException("fix: --format takes text or json, not '" + format + "'");
                }
                json = format.equals("json");
            } else if (argument.equals("--rule")) {
                if (i + 1 == arguments.size()) {
                    throw new UsageException("--rule needs a rule id, e.g. --rule SSO-002");
                }
                only.add(arguments.get(++i));
            } else if (argument.startsWith("--rule=")) {
                only.add(argument.substring("--rule=".length()));
            } else if (argument.startsWith("-")) {
                throw new UsageException("fix: unknown option '" + argument + "'; this version knows --rule ID and --format text|json");
            } else if (model == null) {
                model = argument;
            } else {
                throw new UsageException("fix takes one model; run it once per model");
            }
        }
        if (model == null) {
            throw new UsageException("fix needs a model file, e.g. emw fix examples/contoso/broken-passcode-auth.emw");
        }
        ValidationEngine engine = new ValidationEngine(rulesToRun(only));
        Path file = Path.of(model);
        Resource resource;
        try {
            resource = DeploymentFiles.load(file);
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.UNUSABLE_INPUT;
        }
        List<RuleDiagnostic> fixed = applyFixes(resource, engine);
        int applied = fixed.size();
        boolean saved = false;
        if (applied > 0) {
            try {
                saved = DeploymentFiles.save(resource, file);
            } catch (ModelSaveException e) {
                err.println("emw: " + e.getMessage());
                return ExitCode.ENVIRONMENT_FAILURE;
            }
        }
        List<Diagnostic> remaining = engine.validate(resource).getChildren();
        long errors = remaining.stream().filter(finding -> finding.getSeverity() >= Diagnostic.ERROR).count();
        int exitCode = errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
        if (json) {
            out.print(FixJson.document(model, fixed, remaining, saved, CommandLine.toolVersion(), exitCode));
        } else {
            for (RuleDiagnostic finding : fixed) {
                out.println(model + ": fixed " + finding.getRuleId() + " " + finding.getObjectPath() + ": "
                        + finding.getQuickFix().description());
            }
            for (Diagnostic finding : remaining) {
                out.println(model + ": " + RuleSeverity.labelOf(finding.getSeverity()) + " " + ruleOf(finding) + " "
                        + pathOf(finding) + ": " + finding.getMessage() + " (no automatic fix)");
            }
        }
        err.println("emw: " + applied + (applied == 1 ? " fix" : " fixes") + " applied"
                + (saved ? "; saved " + model + " (previous version in " + model + DeploymentFiles.BACKUP_SUFFIX + ")"
                        : "; " + model + " is unchanged")
                + "; " + errors + (errors == 1 ? " error" : " errors") + " left");
        return exitCode;
    }

    private List<RuleDescriptor> rulesToRun(Set<String> only) throws UsageException {
        RuleRegistry registry = rules.get();
        for (String problem : registry.contributionProblems()) {
            err.println("emw: warning: " + problem);
        }
        List<String> known = registry.rules().stream().map(RuleDescriptor::id).toList();
        for (String id : only) {
            if (!known.contains(id)) {
                throw new UsageException("--rule " + id + ": no such rule; known rules: " + String.join(", ", known));
            }
        }
        return registry.rules().stream().filter(rule -> only.isEmpty() || only.contains(rule.id())).toList();
    }

    /** @return the findings whose fixes were applied, in the order applied */
    private static List<RuleDiagnostic> applyFixes(Resource resource, ValidationEngine engine) {
        List<RuleDiagnostic> applied = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (int round = 0; round < MAXIMUM_ROUNDS; round++) {
            List<RuleDiagnostic> fixable = new ArrayList<>();
            for (Diagnostic finding : engine.validate(resource).getChildren()) {
                // A fix that did not settle its finding is not applied again.
                if (finding instanceof RuleDiagnostic rule && rule.getQuickFix() != null
                        && done.add(rule.getRuleId() + " " + rule.getObjectPath() + " " + rule.getQuickFix().description())) {
                    fixable.add(rule);
                }
            }
            if (fixable.isEmpty()) {
                break;
            }
            for (RuleDiagnostic finding : fixable) {
                finding.getQuickFix().apply();
                applied.add(finding);
            }
        }
        return applied;
    }

    static String ruleOf(Diagnostic finding) {
        return finding instanceof RuleDiagnostic rule ? rule.getRuleId() : finding.getSource();
    }

    static String pathOf(Diagnostic finding) {
        return finding instanceof RuleDiagnostic rule ? rule.getObjectPath() : "/";
    }
}
