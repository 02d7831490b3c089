/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.cli.internal.report.AtomicFile;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.cli.internal.report.ValidationReport;
import org.emworkbench.cli.internal.report.ValidationReport.Finding;
import org.emworkbench.cli.internal.report.ValidationReport.LoadError;
import org.emworkbench.cli.internal.report.ValidationReport.ModelResult;
import org.emworkbench.cli.internal.report.ValidationReport.Rule;
import org.emworkbench.cli.internal.report.ValidationReport.Severity;
import org.emworkbench.cli.internal.report.ValidationReport.SkippedRule;
import org.emworkbench.cli.internal.report.ValidationReport.Summary;
import org.emworkbench.cli.internal.report.ValidationReport.Tool;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.simulation.sandbox.Sandbox;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSuppressions;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;

/**
 * {@code emw validate MODEL... [--format F] [--output FILE] [--online] [--disable RULE]...}:
 * runs the rules over each model and writes one report, in the chosen format,
 * to stdout or atomically to a file. Progress and unusable files go to stderr.
 */
final class ValidateCommand {

    private static final String DISABLED = "switched off with --disable";
    private static final String NEEDS_ONLINE = "online rule; runs only with --online";

    private final Supplier<RuleRegistry> rules;
    private final UnaryOperator<String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private int environmentFailures;
    private boolean sandbox;

    ValidateCommand(Supplier<RuleRegistry> rules, UnaryOperator<String> environment, PrintStream out,
            PrintStream err) {
        this.rules = rules;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        ValidateArguments options = ValidateArguments.parse(arguments);
        sandbox = options.sandbox();
        RuleRegistry registry = rules.get();
        for (String problem : registry.contributionProblems()) {
            err.println("emw: warning: " + problem);
        }
        checkDisabledRulesExist(registry, options.disabled());
        Set<RuleMode> modes = options.online() ? EnumSet.allOf(RuleMode.class) : EnumSet.of(RuleMode.OFFLINE);
        List<RuleDescriptor> enabled = registry.rules().stream()
                .filter(rule -> !options.disabled().contains(rule.id())).toList();
        ValidationEngine engine = new ValidationEngine(enabled);
        ValidationOptions validation = ValidationOptions.offline().withModes(modes).withEnvironment(
                DiscoverySettings.class, DiscoverySettings.DEFAULTS.withDnsServers(
                        options.dnsServers().stream().map(DiscoverySettings::address).toList()))
                .withEnvironment(DirectoryAccess.class, options.directory().access(environment));

        List<Rule> applied = new ArrayList<>();
        List<SkippedRule> notRun = new ArrayList<>();
        for (RuleDescriptor rule : registry.rules()) {
            if (options.disabled().contains(rule.id())) {
                notRun.add(new SkippedRule(describe(rule), DISABLED));
            } else if (!modes.contains(rule.mode())) {
                notRun.add(new SkippedRule(describe(rule), NEEDS_ONLINE));
            } else {
                applied.add(describe(rule));
            }
        }
        List<ModelResult> results = new ArrayList<>();
        for (String model : options.models()) {
            results.add(validate(model, engine, validation, applied));
        }
        ValidationReport report = new ValidationReport(new Tool("emw", CommandLine.toolVersion()), applied, notRun,
                results);
        Summary summary = report.summary();
        err.println("emw: " + summary(summary, options.models().size(), applied.size())
                + (environmentFailures == 0 ? ""
                        : "; " + environmentFailures + " of the errors are checks that could not be made because a"
                                + " server did not answer"));
        if (!write(report, options)) {
            return ExitCode.UNUSABLE_INPUT;
        }
        if (summary.unusable() > 0) {
            return ExitCode.UNUSABLE_INPUT;
        }
        if (summary.errors() > environmentFailures) {
            return ExitCode.FINDINGS;
        }
        return environmentFailures > 0 ? ExitCode.ENVIRONMENT_FAILURE : ExitCode.OK;
    }

    private static void checkDisabledRulesExist(RuleRegistry registry, Set<String> disabled) throws UsageException {
        List<String> known = registry.rules().stream().map(RuleDescriptor::id).toList();
        for (String id : disabled) {
            if (!known.contains(id)) {
                throw new UsageException("--disable " + id + ": no such rule; known rules: " + String.join(", ", known));
            }
        }
    }

    private ModelResult validate(String model, ValidationEngine engine, ValidationOptions options,
            List<Rule> applied) {
        Path file;
        Resource resource;
        try {
            file = Path.of(model);
            resource = DeploymentFiles.load(file);
        } catch (InvalidPathException e) {
            String reason = "not a valid path (" + e.getReason() + "); check the file name";
            err.println("emw: " + model + ": " + reason);
            return ModelResult.unusable(model, new LoadError(0, 0, reason));
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage());
            return ModelResult.unusable(model, new LoadError(e.getLine(), e.getColumn(), e.getReason()));
        }
        Diagnostic result;
        if (sandbox) {
            Diagnostic answered = inSandbox(model, resource, engine, options);
            if (answered == null) {
                environmentFailures++;
                return ModelResult.validated(model, List.of(), Set.of());
            }
            result = answered;
        } else {
            result = engine.validate(resource, options);
        }
        // Reading the file again costs a parse; only findings need positions.
        ElementPositions positions = result.getChildren().isEmpty() ? ElementPositions.NONE
                : ElementPositions.read(file);
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic finding : result.getChildren()) {
            findings.add(finding(finding, positions));
            if (finding.getCode() == RuleDiagnostic.ENVIRONMENT_FAILURE && finding.getSeverity() >= Diagnostic.ERROR) {
                // Counted apart: a server nobody reached says nothing about the model (exit 3, not 1).
                environmentFailures++;
            }
        }
        RuleSuppressions suppressions = RuleSuppressions.of(resource);
        Set<String> suppressed = new LinkedHashSet<>();
        for (Rule rule : applied) {
            if (suppressions.isOffEverywhere(rule.id())) {
                suppressed.add(rule.id());
            }
        }
        return ModelResult.validated(model, findings, suppressed);
    }

    /**
     * Runs the rules with the online ones asking a sandbox that answers from
     * this model; {@code null} when the sandbox could not start (said on stderr).
     */
    private Diagnostic inSandbox(String model, Resource resource, ValidationEngine engine, ValidationOptions options) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
            return engine.validate(resource, options);
        }
        try (Sandbox box = Sandbox.start(deployment)) {
            err.println("emw: " + model + ": sandbox on loopback (DNS " + box.dns().hostAndPort() + ", LDAP 127.0.0.1:"
                    + box.directory().port() + "): answers come from the model, not from the customer's servers");
            return engine.validate(resource, options
                    .withEnvironment(DiscoverySettings.class, box.discovery(DiscoverySettings.DEFAULTS))
                    .withEnvironment(DirectoryAccess.class, box.directoryAccess()));
        } catch (IOException | RuntimeException e) {
            err.println("emw: " + model + ": the sandbox could not start: " + e.getMessage());
            return null;
        }
    }

    private static Finding finding(Diagnostic diagnostic, ElementPositions positions) {
        Severity severity = severityOf(diagnostic.getSeverity());
        if (diagnostic instanceof RuleDiagnostic finding) {
            return new Finding(finding.getRuleId(), severity, finding.getObjectPath(), finding.getMessage(),
                    finding.getExpected(), finding.getActual(), finding.getFixHint(),
                    finding.getCode() != RuleDiagnostic.FINDING, positions.of(finding.getObject()));
        }
        // Not a rule's finding (the engine's own notes, such as a cancellation): about the whole model.
        return new Finding(diagnostic.getSource(), severity, "/", diagnostic.getMessage(), null, null, null, false,
                null);
    }

    /** As {@link org.emworkbench.validation.RuleSeverity#labelOf}: a cancellation counts as an error. */
    private static Severity severityOf(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return Severity.ERROR;
        }
        return diagnosticSeverity >= Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
    }

    private static Rule describe(RuleDescriptor rule) {
        return new Rule(rule.id(), rule.name(), rule.category(),
                Severity.valueOf(rule.severity().name()), rule.mode().label(), rule.contributor(),
                rule.description(), rule.documentation());
    }

    /** @return whether the report was written; when not, the reason is on stderr */
    private boolean write(ValidationReport report, ValidateArguments options) {
        String text = options.format().writer().render(report);
        if (options.output() == null) {
            out.print(text);
            out.flush();
            return true;
        }
        try {
            AtomicFile.write(options.output(), stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            err.println("emw: " + options.format().label() + " report written to " + options.output());
            return true;
        } catch (IOException e) {
            err.println("emw: cannot write the report to " + options.output() + ": " + describe(e)
                    + "; choose a writable folder with free space (any earlier report there is unchanged)");
            return false;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static String summary(Summary summary, int models, int rules) {
        String text = plural(summary.errors(), "error") + ", " + plural(summary.warnings(), "warning") + ", "
                + plural(summary.infos(), "info") + " in " + plural(models - summary.unusable(), "model") + " ("
                + plural(rules, "rule") + ")";
        return summary.unusable() == 0 ? text : text + "; " + plural(summary.unusable(), "file") + " could not be read";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
