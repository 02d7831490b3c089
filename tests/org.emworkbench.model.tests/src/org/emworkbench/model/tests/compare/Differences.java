/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.compare;

import java.nio.file.Path;
import java.util.List;

import org.emworkbench.model.compare.ComparisonProfile;
import org.emworkbench.model.compare.Difference;
import org.emworkbench.model.compare.ModelComparison;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;

/** Loads models and describes differences in one line each, so tests can compare them as text. */
final class Differences {

    private Differences() {
    }

    static Deployment load(Path file) {
        try {
            return (Deployment) DeploymentFiles.load(file).getContents().get(0);
        } catch (ModelLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static List<String> between(Deployment left, Deployment right) {
        return between(left, right, ComparisonProfile.defaults());
    }

    static List<String> between(Deployment left, Deployment right, ComparisonProfile profile) {
        return ModelComparison.compare(left, right, profile).differences().stream().map(Differences::describe)
                .toList();
    }

    static String describe(Difference difference) {
        return switch (difference) {
            case Difference.Added added -> "added " + added.path() + " " + added.attributes();
            case Difference.Removed removed -> "removed " + removed.path();
            case Difference.Changed changed -> "changed " + changed.path() + ": " + changed.oldValue() + " -> "
                    + changed.newValue();
            case Difference.ValuesChanged values -> "changed " + values.path() + ": removed " + values.removed()
                    + " added " + values.added();
            case Difference.Reordered reordered -> "reordered " + reordered.path() + ": " + reordered.oldOrder()
                    + " -> " + reordered.newOrder();
            case Difference.DuplicateKey duplicate -> "duplicate " + duplicate.side().label() + " "
                    + duplicate.path() + " x" + duplicate.count();
        };
    }
}
