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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.cli.internal.report.JsonDocuments;
import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportFormats;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportResult;
import org.emworkbench.export.ExportedFile;
import org.emworkbench.export.Exporter;
import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;
import org.emworkbench.validation.ValidationOptions;

/**
 * {@code emw export MODEL --out DIR [--format F,...] [--output-format text|json]}:
 * validates the model with the offline rules and writes the chosen formats
 * into DIR, all or nothing. The files are written even when the model has
 * errors (the report shows them); the exit code is then 1.
 */
final class ExportCommand {

    /** The version of the JSON document's shape; raised only for incompatible changes. */
    static final int SHAPE_VERSION = 1;

    private final Supplier<RuleRegistry> rules;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(Supplier<RuleRegistry> rules, PrintStream out, PrintStream err) {
        this.rules = rules;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        Options options = Options.parse(arguments);
        Resource resource;
        try {
            resource = DeploymentFiles.load(options.model());
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.UNUSABLE_INPUT;
        }
        RuleRegistry registry = rules.get();
        for (String problem : registry.contributionProblems()) {
            err.println("emw: warning: " + problem);
        }
        Diagnostic validation = new ValidationEngine(registry.rules()).validate(resource, ValidationOptions.offline());
        int[] counts = count(validation);
        Deployment deployment = (Deployment) resource.getContents().get(0);
        ExportInput input = new ExportInput(deployment, options.model().getFileName().toString(), validation);
        err.println("emw: exporting " + options.model() + " (" + options.formats().stream().map(ExportFormat::id)
                .collect(Collectors.joining(", ")) + ") to " + options.folder());
        ExportResult result;
        try {
            result = new Exporter().export(input, options.formats(), options.folder());
        } catch (ExportException e) {
            err.println("emw: " + options.model() + ": " + e.getMessage());
            return ExitCode.UNUSABLE_INPUT;
        } catch (IOException e) {
            err.println("emw: cannot write " + options.folder() + ": " + describe(e)
                    + "; choose a writable folder with free space (what was in it is unchanged)");
            return ExitCode.ENVIRONMENT_FAILURE;
        }
        int exit = counts[0] > 0 ? ExitCode.FINDINGS : ExitCode.OK;
        if (options.json()) {
            out.print(json(options, result, counts, exit));
        } else {
            for (ExportedFile file : result.files()) {
                out.println(options.folder().resolve(file.path()));
            }
        }
        out.flush();
        err.println("emw: " + result.files().size() + " files in " + options.folder() + " ("
                + (result.files().size() - result.unchanged().size()) + " written, " + result.unchanged().size()
                + " unchanged, " + result.removed().size() + " removed); validation: " + counts[0] + " errors, "
                + counts[1] + " warnings" + (counts[0] > 0 ? " (exit 1: the files are written, the model has errors)"
                        : ""));
        return exit;
    }

    /** @return errors, warnings, infos */
    private static int[] count(Diagnostic validation) {
        int[] counts = new int[3];
        for (Diagnostic finding : validation.getChildren()) {
            if (finding.getSeverity() >= Diagnostic.ERROR) {
                counts[0]++;
            } else if (finding.getSeverity() >= Diagnostic.WARNING) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        return counts;
    }

    private static String json(Options options, ExportResult result, int[] counts, int exit) {
        JsonWriter json = JsonDocuments.begin(SHAPE_VERSION, CommandLine.toolVersion());
        json.member("model", options.model().toString()).member("folder", options.folder().toString());
        json.name("formats").beginArray();
        options.formats().forEach(format -> json.value(format.id()));
        json.endArray();
        json.name("files").beginArray();
        for (ExportedFile file : result.files()) {
            json.beginObject().member("format", file.format()).member("path", file.path())
                    .member("changed", !result.unchanged().contains(file.path())).endObject();
        }
        json.endArray();
        json.name("removed").beginArray();
        result.removed().forEach(json::value);
        json.endArray();
        json.name("validation").beginObject().member("errors", counts[0]).member("warnings", counts[1])
                .member("infos", counts[2]).endObject();
        json.member("exitCode", exit);
        return json.endObject().toJson();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** The parsed command line. */
    private record Options(Path model, Path folder, List<ExportFormat> formats, boolean json) {

        static Options parse(List<String> arguments) throws UsageException {
            List<String> models = new ArrayList<>();
            String folder = null;
            Set<String> formatIds = new LinkedHashSet<>();
            String outputFormat = "text";
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "--out" -> folder = value(arguments, ++i, "--out", "a folder");
                    case "--format" -> {
                        for (String id : value(arguments, ++i, "--format", "format names").split(",")) {
                            if (!id.isBlank()) {
                                formatIds.add(id.trim());
                            }
                        }
                    }
                    case "--output-format" -> outputFormat = value(arguments, ++i, "--output-format", "text or json");
                    default -> {
                        if (argument.startsWith("-") && !argument.equals("-")) {
                            throw new UsageException("export: unknown option '" + argument
                                    + "'; this version knows --out, --format and --output-format (see 'emw help')");
                        }
                        models.add(argument);
                    }
                }
            }
            if (models.size() != 1 || folder == null) {
                throw new UsageException("export needs one model and --out DIR, e.g."
                        + " emw export examples/contoso/contoso.emw --out build/export");
            }
            if (!outputFormat.equals("text") && !outputFormat.equals("json")) {
                throw new UsageException("export: --output-format must be text or json, not '" + outputFormat + "'");
            }
            List<ExportFormat> formats = new ArrayList<>();
            for (String id : formatIds) {
                formats.add(ExportFormats.byId(id).orElseThrow(() -> new UsageException("export: unknown format '" + id
                        + "'; known formats: " + ExportFormats.builtIn().stream().map(ExportFormat::id)
                                .collect(Collectors.joining(", ")))));
            }
            if (formats.isEmpty()) {
                formats.addAll(ExportFormats.builtIn());
            }
            try {
                return new Options(Path.of(models.get(0)), Path.of(folder), formats, outputFormat.equals("json"));
            } catch (InvalidPathException e) {
                throw new UsageException("export: not a valid path (" + e.getReason() + "): " + e.getInput());
            }
        }

        private static String value(List<String> arguments, int index, String option, String what)
                throws UsageException {
            if (index >= arguments.size()) {
                throw new UsageException("export: " + option + " needs " + what);
            }
            return arguments.get(index);
        }
    }
}
