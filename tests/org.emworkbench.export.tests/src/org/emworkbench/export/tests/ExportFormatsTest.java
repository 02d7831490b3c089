/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportFormats;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void identifiersAreUniqueAndFitForTheCommandLine() {
        Set<String> seen = new HashSet<>();
        for (ExportFormat format : ExportFormats.builtIn()) {
            assertTrue(IDENTIFIER.matcher(format.id()).matches(), format.id());
            assertTrue(seen.add(format.id()), "twice: " + format.id());
            assertEquals(format, ExportFormats.byId(format.id()).orElseThrow());
        }
    }

    @Test
    void unknownIdentifierFindsNothing() {
        assertTrue(ExportFormats.byId("no-such-format").isEmpty());
    }
}
