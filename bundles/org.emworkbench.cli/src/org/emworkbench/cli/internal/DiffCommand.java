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
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.cli.internal.report.DiffJson;
import org.emworkbench.cli.internal.report.DiffMarkdown;
import org.emworkbench.cli.internal.report.DiffText;
import org.emworkbench.model.compare.ComparisonProfile;
import org.emworkbench.model.compare.ComparisonResult;
import org.emworkbench.model.compare.ModelComparison;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;

/**
 * {@code emw diff A B [--format text|json|markdown] [--ignore FEATURE]...}:
 * the keyed structural differences between two deployment models (see
 * {@code docs/diff.md}). Exit 0 when there are none, 1 when there are, 2 when
 * a model cannot be read: then nothing is compared, so that an unreadable
 * file never looks like "everything changed".
 */
final class DiffCommand {

    private final PrintStream out;
    private final PrintStream err;

    DiffCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException {
        DiffArguments arguments = DiffArguments.parse(words);
        EObject left = load(arguments.left());
        EObject right = load(arguments.right());
        if (left == null || right == null) {
            return ExitCode.UNUSABLE_INPUT;
        }
        ComparisonProfile profile = ComparisonProfile.defaults().ignoring(arguments.ignored());
        ComparisonResult result = ModelComparison.compare(left, right, profile);
        int exit = result.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        out.print(switch (arguments.format()) {
            case "json" -> DiffJson.document(result, arguments.left(), arguments.right(), profile.ignoredNames(),
                    CommandLine.toolVersion(), exit);
            case "markdown" -> DiffMarkdown.render(result, arguments.left(), arguments.right());
            default -> DiffText.render(result);
        });
        out.flush();
        err.println("emw: " + arguments.left() + " -> " + arguments.right() + ": " + DiffText.summary(result));
        return exit;
    }

    /** @return the model's root, or {@code null} after saying on stderr why it cannot be read */
    private EObject load(String file) {
        try {
            return DeploymentFiles.load(Path.of(file)).getContents().get(0);
        } catch (ModelLoadException e) {
            err.println("emw: " + e.getMessage() + "; nothing was compared");
            return null;
        }
    }
}
