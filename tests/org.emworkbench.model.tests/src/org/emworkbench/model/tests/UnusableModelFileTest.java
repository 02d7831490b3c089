/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusableModelFileTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<deployment:Deployment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:deployment=\"http://www.emworkbench.org/deployment/1.0\" name=\"x\">\n";

    @TempDir
    Path folder;

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("nowhere.emw");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such file"), e.getMessage());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws Exception {
        Path file = write("malformed.emw", HEADER + ROOT + "  <server fqdn=\"a\">\n    <clientProperties key=\"K\" value=\"v\"\n  </server>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(5, e.getLine(), e.getMessage());
        assertTrue(e.getColumn() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":5:" + e.getColumn() + ": "), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedWithItsLastLine() throws Exception {
        Path file = write("truncated.emw", HEADER + ROOT + "  <server fqdn=\"a\">\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertTrue(e.getLine() >= 3, e.getMessage());
    }

    @Test
    void anUnknownNamespaceSaysWhichOneIsExpected() throws Exception {
        Path file = write("other.emw", HEADER + ROOT.replace("deployment/1.0", "deployment/9.9") + "</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(2, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("http://www.emworkbench.org/deployment/1.0"), e.getMessage());
    }

    @Test
    void anUnknownElementIsReportedWithItsLine() throws Exception {
        Path file = write("unknown.emw", HEADER + ROOT + "  <servers fqdn=\"a\"/>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(3, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("servers"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() throws Exception {
        Path secret = write("secret.txt", "do not read");
        Path file = write("doctype.emw", HEADER + "<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ROOT.replace("name=\"x\"", "name=\"&x;\"") + "</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertTrue(e.getReason().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void anEmptyFileIsUnusable() throws Exception {
        Path file = write("empty.emw", "");
        assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
