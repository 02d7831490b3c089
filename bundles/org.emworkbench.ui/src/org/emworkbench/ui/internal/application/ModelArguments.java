/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The model files named on the workbench's command line ({@code emw gui MODEL...}). */
public final class ModelArguments {

    private final List<Path> models;

    private ModelArguments(List<Path> models) {
        this.models = List.copyOf(models);
    }

    /**
     * @param arguments the application arguments; options and anything that is
     *                  not an existing {@code *.emw} file are ignored, because
     *                  launchers and test harnesses add arguments of their own
     * @return the model files to open
     */
    public static ModelArguments from(String[] arguments) {
        List<Path> models = new ArrayList<>();
        if (arguments != null) {
            for (String argument : arguments) {
                if (!argument.startsWith("-") && argument.endsWith(".emw")) {
                    Path path = Path.of(argument).toAbsolutePath().normalize();
                    if (Files.isRegularFile(path)) {
                        models.add(path);
                    }
                }
            }
        }
        return new ModelArguments(models);
    }

    /** @return the absolute paths of the models to open, in command-line order */
    public List<Path> models() {
        return models;
    }
}
