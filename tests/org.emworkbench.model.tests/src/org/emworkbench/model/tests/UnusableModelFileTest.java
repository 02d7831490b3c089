/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.emworkbench.model.deployment.Deployment;
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
    void aFileCutOffWhileWritingSaysSoAndPointsToTheBackup() throws Exception {
        Path file = write("cut.emw", HEADER + ROOT + "  <server fqdn=\"a\">\n    <clientProperties key=\"K\" val");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(4, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
        assertTrue(e.getReason().contains("cut off") && e.getReason().contains(".bak"), e.getMessage());
    }

    @Test
    void anUnknownTypeIsReportedWithItsLine() throws Exception {
        String withXsi = ROOT.replace("xmlns:xmi", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xmi");
        Path file = write("type.emw", HEADER + withXsi
                + "  <server xsi:type=\"deployment:MobileIronServer\" fqdn=\"a\"/>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(3, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("'MobileIronServer'") && e.getReason().contains("no such type"),
                e.getMessage());
    }

    @Test
    void anUnknownRootTypeIsReportedWithItsLine() throws Exception {
        Path file = write("root.emw", HEADER + ROOT.replace("deployment:Deployment", "deployment:Inventory")
                + "</deployment:Inventory>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(2, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("'Inventory'"), e.getMessage());
    }

    @Test
    void aVersionThatIsNotDottedNumbersSaysWhatToWrite() throws Exception {
        Path file = write("version.emw",
                HEADER + ROOT + "  <server fqdn=\"a\" version=\"ten\"/>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(3, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        assertTrue(e.getReason().startsWith("version of the EndpointManagementServer is not legal: 'ten'"),
                e.getMessage());
        assertTrue(e.getReason().contains("dotted numbers such as 10.15"), e.getMessage());
    }

    @Test
    void anEnumerationValueOutsideItsLiteralsListsThem() throws Exception {
        Path file = write("platform.emw", HEADER + ROOT
                + "  <applications name=\"Secure Mail\" platform=\"windowsPhone\"/>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(3, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("'windowsPhone' is not one of ios, android"), e.getMessage());
    }

    @Test
    void aPasswordInACredentialFieldIsReportedWithoutRepeatingIt() throws Exception {
        String password = "Tr0ub4dor&amp;3-secret";
        Path file = write("password.emw", HEADER + ROOT + "  <directory>\n"
                + "    <ldapServers host=\"dc1.contoso.com\" bindCredential=\"" + password + "\"/>\n"
                + "  </directory>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(4, e.getLine(), e.getMessage());
        assertTrue(e.getReason().startsWith("bindCredential of the LdapServer is not a credential reference"),
                e.getMessage());
        assertTrue(e.getReason().contains("env:VARIABLE or secure-storage:/path"), e.getMessage());
        assertNoTraceOf("Tr0ub4dor", e);
    }

    @Test
    void aPasswordWrittenAsElementContentIsNotRepeatedEither() throws Exception {
        Path file = write("element.emw", HEADER + ROOT + "  <directory>\n    <ldapServers host=\"dc1\">\n"
                + "      <bindCredential>correct horse battery staple</bindCredential>\n"
                + "    </ldapServers>\n  </directory>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(5, e.getLine(), e.getMessage());
        assertNoTraceOf("battery staple", e);
    }

    @Test
    void aPasswordAfterAnEarlierProblemIsNotRepeatedEither() throws Exception {
        Path file = write("both.emw", HEADER + ROOT + "  <server fqdn=\"a\" version=\"ten\"/>\n  <directory>\n"
                + "    <ldapServers host=\"dc1\" bindCredential=\"hunter2hunter2\"/>\n"
                + "  </directory>\n</deployment:Deployment>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
        assertEquals(3, e.getLine(), "the first problem is reported: " + e.getMessage());
        assertNoTraceOf("hunter2", e);
    }

    @Test
    void aReferenceInACredentialFieldLoads() throws Exception {
        Path file = write("reference.emw", HEADER + ROOT + "  <directory>\n"
                + "    <ldapServers host=\"dc1\" bindCredential=\"env:EMW_LDAP_PASSWORD\"/>\n"
                + "  </directory>\n</deployment:Deployment>\n");
        Deployment deployment = (Deployment) DeploymentFiles.load(file).getContents().get(0);
        assertEquals("env:EMW_LDAP_PASSWORD",
                deployment.getDirectory().getLdapServers().get(0).getBindCredential().toString());
    }

    @Test
    void aFailedLoadLeavesNothingInTheResourceSet() throws Exception {
        Path file = write("version.emw", HEADER + ROOT + "  <server version=\"ten\"/>\n</deployment:Deployment>\n");
        ResourceSet resourceSet = DeploymentFiles.newResourceSet();
        assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(resourceSet, file));
        assertEquals(List.of(), resourceSet.getResources());
    }

    @Test
    void anEmptyFileIsUnusable() throws Exception {
        Path file = write("empty.emw", "");
        assertThrows(ModelLoadException.class, () -> DeploymentFiles.load(file));
    }

    /** Neither the message nor any message, description or stack trace of its causes repeats the text. */
    private static void assertNoTraceOf(String secret, ModelLoadException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(secret), trace.toString());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            assertFalse(String.valueOf(cause.getMessage()).contains(secret), cause.toString());
            assertFalse(String.valueOf(cause.getLocalizedMessage()).contains(secret), cause.toString());
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
