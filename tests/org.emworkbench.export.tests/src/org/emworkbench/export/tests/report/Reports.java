/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportInput;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.ValidationEngine;

/**
 * Loads models, validates them with the rules EMW contributes (read from the
 * running platform, as the command line does) and exports them.
 */
final class Reports {

    /** The plug-in that contributes the built-in rules. */
    static final String BUILT_IN = "org.emworkbench.validation";

    private Reports() {
    }

    /** @return every rule EMW's validation bundle contributes */
    static List<RuleDescriptor> builtInRules() {
        return RuleRegistry.fromPlatform().rules().stream().filter(rule -> rule.contributor().equals(BUILT_IN))
                .toList();
    }

    /**
     * @param relative an example below {@code examples/}, e.g. {@code contoso/contoso.emw}
     * @return the example, validated with the built-in offline rules
     * @throws ModelLoadException when it cannot be read
     */
    static ExportInput validatedExample(String relative) throws ModelLoadException {
        Path file = Examples.file(relative);
        return validated(DeploymentFiles.load(file), file.getFileName().toString());
    }

    /**
     * @param resource  a model
     * @param modelName the file name the report shows
     * @return the model with its validation result
     */
    static ExportInput validated(Resource resource, String modelName) {
        Diagnostic result = new ValidationEngine(builtInRules()).validate(resource);
        return new ExportInput((Deployment) resource.getContents().get(0), modelName, result);
    }

    /**
     * @param format a format
     * @param input  what to export
     * @return the files written
     * @throws ExportException when the format refuses
     */
    static MemorySink export(ExportFormat format, ExportInput input) throws ExportException {
        MemorySink sink = new MemorySink();
        format.export(input, sink);
        return sink;
    }
}
