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
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.cli.internal.report.JsonDocuments;
import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.export.internal.rest.RestJsonReader;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelSaveException;

/**
 * {@code emw import-rest DIR --out MODEL [--force]}: builds a model from the
 * REST JSON files {@code emw export --format rest-json} writes, or that were
 * saved from a customer's server, and saves it atomically. An existing MODEL
 * is replaced only with {@code --force}, and then kept as {@code MODEL.bak}.
 */
final class ImportRestCommand {

    private final PrintStream out;
    private final PrintStream err;

    ImportRestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        List<String> folders = new ArrayList<>();
        String model = null;
        boolean force = false;
        String format = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--out")) {
                if (++i == arguments.size()) {
                    throw new UsageException("import-rest: --out needs the model file to write");
                }
                model = arguments.get(i);
            } else if (argument.equals("--force")) {
                force = true;
            } else if (argument.equals("--format")) {
                if (++i == arguments.size()) {
                    throw new UsageException("import-rest: --format needs text or json");
                }
                format = ValidateArguments.once("--format", format, arguments.get(i));
            } else if (argument.startsWith("-") && !argument.equals("-")) {
                throw new UsageException("import-rest: unknown option '" + argument
                        + "'; this version knows --out MODEL, --force and --format text|json (see 'emw help import-rest')");
            } else {
                folders.add(argument);
            }
        }
        boolean json = ValidateArguments.textOrJson("import-rest", format);
        if (folders.size() != 1 || model == null) {
            throw new UsageException("import-rest needs a folder of REST JSON files and --out MODEL, e.g."
                    + " emw import-rest build/export --out imported.emw");
        }
        Path folder;
        Path target;
        try {
            folder = Path.of(folders.get(0));
            target = Path.of(model);
        } catch (InvalidPathException e) {
            throw new UsageException("import-rest: not a valid path (" + e.getReason() + "): " + e.getInput());
        }
        if (Files.exists(target) && !force) {
            err.println("emw: " + target + " exists; add --force to replace it (the previous version is kept as "
                    + target + DeploymentFiles.BACKUP_SUFFIX + ")");
            return ExitCode.UNUSABLE_INPUT;
        }
        RestJsonReader.Result result;
        try {
            result = RestJsonReader.read(folder);
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage() + "; " + target + " is not written");
            return ExitCode.UNUSABLE_INPUT;
        } catch (IOException e) {
            err.println("emw: cannot read " + folder + ": " + e.getMessage() + "; " + target + " is not written");
            return ExitCode.UNUSABLE_INPUT;
        }
        result.warnings().forEach(warning -> err.println("emw: warning: " + warning));
        Resource resource = DeploymentFiles.newResourceSet()
                .createResource(URI.createFileURI(target.toAbsolutePath().toString()));
        resource.getContents().add(result.deployment());
        try {
            DeploymentFiles.save(resource, target);
        } catch (ModelSaveException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.ENVIRONMENT_FAILURE;
        }
        err.println("emw: " + target + " written from " + result.read().size() + " files; it holds what the REST API"
                + " carries (properties, apps and policies, delivery groups), see docs/export.md");
        if (json) {
            out.print(document(folder, target, result));
        }
        return ExitCode.OK;
    }

    /** @return the import as JSON (shape version 1): the folder, the model written, the files read, the warnings */
    private static String document(Path folder, Path target, RestJsonReader.Result result) {
        JsonWriter json = JsonDocuments.begin(1, CommandLine.toolVersion());
        json.member("folder", folder.toString()).member("model", target.toString());
        json.name("read").beginArray();
        result.read().forEach(file -> json.value(file.toString()));
        json.endArray();
        json.name("warnings").beginArray();
        result.warnings().forEach(json::value);
        json.endArray();
        return json.endObject().toJson();
    }
}
