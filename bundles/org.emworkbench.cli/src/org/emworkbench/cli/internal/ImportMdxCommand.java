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
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.cli.internal.report.JsonDocuments;
import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.mdx.MdxCatalogue;
import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportResult;
import org.emworkbench.model.mdx.MdxImporter;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelSaveException;

/**
 * {@code emw import-mdx MODEL FILE.mdx [--platform ios|android]}: adds an MDX
 * app's policy catalogue to a model, or updates it, and saves the model
 * atomically. When anything is refused, the model file is not touched.
 */
final class ImportMdxCommand {

    private static final String PLATFORM_OPTION = "--platform";
    private static final String FORMAT_OPTION = "--format";

    private final PrintStream out;
    private final PrintStream err;

    ImportMdxCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        List<String> files = new ArrayList<>();
        Platform platform = null;
        boolean json = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(FORMAT_OPTION) || argument.startsWith(FORMAT_OPTION + "=")) {
                String format = argument.equals(FORMAT_OPTION) ? (i + 1 < arguments.size() ? arguments.get(++i) : "")
                        : argument.substring(FORMAT_OPTION.length() + 1);
                if (!format.equals("text") && !format.equals("json")) {
                    throw new UsageException("import-mdx: --format takes text or json, not '" + format + "'");
                }
                json = format.equals("json");
            } else if (argument.equals(PLATFORM_OPTION)) {
                if (i + 1 == arguments.size()) {
                    throw new UsageException("import-mdx: --platform needs ios or android");
                }
                platform = platformOf(arguments.get(++i));
            } else if (argument.startsWith(PLATFORM_OPTION + "=")) {
                platform = platformOf(argument.substring(PLATFORM_OPTION.length() + 1));
            } else if (argument.startsWith("-") && !argument.equals("-")) {
                throw new UsageException("import-mdx: unknown option '" + argument
                        + "'; this version knows --platform ios|android and --format text|json (see 'emw help import-mdx')");
            } else {
                files.add(argument);
            }
        }
        if (files.size() != 2) {
            throw new UsageException("import-mdx needs a model and an .mdx file, e.g."
                    + " emw import-mdx examples/contoso/contoso.emw SecureMail.mdx --platform ios");
        }
        Path model = Path.of(files.get(0));
        Path mdx = Path.of(files.get(1));

        Resource resource;
        try {
            resource = DeploymentFiles.load(model);
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.UNUSABLE_INPUT;
        }
        MdxImportResult result;
        try {
            MdxCatalogue catalogue = MdxImporter.read(mdx);
            result = MdxImporter.apply((Deployment) resource.getContents().get(0), catalogue, platform);
        } catch (MdxImportException e) {
            err.println("emw: " + e.getMessage() + "; " + model + " is unchanged");
            return ExitCode.UNUSABLE_INPUT;
        }
        try {
            DeploymentFiles.save(resource, model);
        } catch (ModelSaveException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.ENVIRONMENT_FAILURE;
        }
        for (String warning : result.warnings()) {
            err.println("emw: warning: " + warning);
        }
        err.println("emw: " + summary(result, model));
        if (json) {
            out.print(document(result, model, mdx));
        }
        return ExitCode.OK;
    }

    private static Platform platformOf(String text) throws UsageException {
        Platform platform = Platform.get(text.toLowerCase(Locale.ROOT));
        if (platform == null) {
            throw new UsageException("import-mdx: --platform must be ios or android, not '" + text + "'");
        }
        return platform;
    }

    /** @return the import as JSON (shape version 1): the model, the .mdx file, the app, its policies and warnings */
    private static String document(MdxImportResult result, Path model, Path mdx) {
        JsonWriter json = JsonDocuments.begin(1, CommandLine.toolVersion());
        json.member("model", model.toString()).member("mdx", mdx.toString());
        json.name("app").beginObject().member("name", result.application().getName())
                .member("platform", result.application().getPlatform().getLiteral())
                .member("packageId", result.application().getPackageId())
                .member("version", result.application().getVersion()).member("added", result.added()).endObject();
        json.member("policies", result.policyCount());
        json.name("warnings").beginArray();
        result.warnings().forEach(json::value);
        json.endArray();
        return json.endObject().toJson();
    }

    private static String summary(MdxImportResult result, Path model) {
        int policies = result.policyCount();
        int warnings = result.warnings().size();
        String app = "'" + result.application().getName() + "' (" + result.application().getPlatform().getLiteral()
                + ")";
        return policies + (policies == 1 ? " policy" : " policies") + " imported; app " + app
                + (result.added() ? " added to " : " updated in ") + model + "; " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}
