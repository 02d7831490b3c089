/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's {@code examples/} folder, which the build names in a system property. */
final class Examples {

    private Examples() {
    }

    static Path file(String relative) {
        String configured = System.getProperty("emw.examples");
        Path examples = configured != null ? Path.of(configured) : Path.of("../../examples");
        Path file = examples.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("example " + file.toAbsolutePath() + " not found; set -Demw.examples");
        }
        return file;
    }
}
