/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.emworkbench.model.deployment.Deployment;

/**
 * What an export works on: the deployment, the name of the model file it came
 * from, and optionally the result of validating it (reports show a summary).
 *
 * @param deployment the deployment to export; formats only read it
 * @param modelName  the model file's name without folders (e.g. {@code contoso.emw}); shown in reports,
 *                   never used to build paths
 * @param validation the validation result of the deployment's resource, or {@code null} when it was not
 *                   validated
 */
public record ExportInput(Deployment deployment, String modelName, Diagnostic validation) {

    /** Checks the required parts. */
    public ExportInput {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(modelName, "modelName");
    }

    /** @return the validation result, when the deployment was validated */
    public Optional<Diagnostic> validationResult() {
        return Optional.ofNullable(validation);
    }
}
