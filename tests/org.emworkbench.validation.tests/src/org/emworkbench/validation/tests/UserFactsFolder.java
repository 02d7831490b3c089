/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests of the user's facts files: a fresh folder to write them into, and
 * after each test the bundled facts only again, so no test sees another's files.
 */
abstract class UserFactsFolder {

    /** A test names it in the system property {@code emw.facts} once it has written its files. */
    @TempDir
    Path facts;

    @AfterEach
    void bundledFactsOnly() {
        System.clearProperty("emw.facts");
    }
}
