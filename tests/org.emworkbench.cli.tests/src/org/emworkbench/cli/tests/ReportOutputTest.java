/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.emworkbench.cli.internal.report.AtomicFile;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output}, {@code --format} and {@code --online} of {@code emw validate}. */
class ReportOutputTest {

    @TempDir
    Path folder;

    @Test
    void outputWritesTheReportToTheFileAndNothingToStdout() throws Exception {
        Path report = folder.resolve("emw-report.sarif");
        Emw toFile = Emw.run("validate", TestModels.broken(), "--format", "sarif", "--output", report.toString());
        Emw toStdout = Emw.run("validate", TestModels.broken(), "--format", "sarif");

        assertEquals(1, toFile.exit(), toFile.describe());
        assertEquals("", toFile.stdout());
        assertEquals(toStdout.stdout(), Files.readString(report, StandardCharsets.UTF_8));
        assertTrue(toFile.stderr().contains("sarif report written to " + report), toFile.stderr());
        assertEquals(List.of(report), files(), "no temporary file is left behind");
    }

    @Test
    void outputReplacesAnEarlierReport() throws Exception {
        Path report = Files.writeString(folder.resolve("report.txt"), "an earlier report\n");

        Emw run = Emw.run("validate", TestModels.broken(), "--output=" + report);

        assertEquals(1, run.exit(), run.describe());
        assertTrue(Files.readString(report).startsWith(TestModels.broken() + ": error SSO-002 "), Files.readString(report));
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheEarlierReportIntact() throws Exception {
        Path report = Files.writeString(folder.resolve("report.xml"), "<earlier/>\n");

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(report, out -> {
            out.write("<testsuites>".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals("<earlier/>\n", Files.readString(report));
        assertEquals(List.of(report), files(), "the temporary file is removed");
    }

    @Test
    void anOutputInAMissingFolderIsUnusableInputBeforeAnyWork() {
        Path report = folder.resolve("no/such/folder/report.json");

        Emw run = Emw.run("validate", TestModels.broken(), "--format", "json", "--output", report.toString());

        assertEquals(2, run.exit(), run.describe());
        assertTrue(run.stderr().contains("does not exist"), run.stderr());
        assertFalse(run.stderr().contains("SSO-002"), "nothing was validated: " + run.stderr());
    }

    @Test
    void anOutputThatIsAFolderIsUnusableInput() {
        Emw run = Emw.run("validate", TestModels.good(), "--output", folder.toString());

        assertEquals(2, run.exit(), run.describe());
        assertTrue(run.stderr().contains("is a folder"), run.stderr());
    }

    @Test
    void anUnknownFormatIsUnusableInputAndNamesTheKnownOnes() {
        Emw run = Emw.run("validate", TestModels.good(), "--format", "xml");

        assertEquals(2, run.exit(), run.describe());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().contains("unknown format 'xml'") && run.stderr().contains("text, json, sarif, junit"),
                run.stderr());
    }

    @Test
    void aFormatWithoutValueIsUnusableInput() {
        Emw run = Emw.run("validate", TestModels.good(), "--format");

        assertEquals(2, run.exit(), run.describe());
        assertTrue(run.stderr().contains("--format needs a format"), run.stderr());
    }

    @Test
    void theTextFormatIsTheDefault() {
        Emw explicit = Emw.run("validate", TestModels.broken(), "--format", "text");
        Emw implicit = Emw.run("validate", TestModels.broken());

        assertEquals(implicit.stdout(), explicit.stdout());
        assertTrue(explicit.stdout().startsWith(TestModels.broken() + ": error SSO-002 "
                + "/server/clientProperties[ENABLE_PASSCODE_AUTH]: "), explicit.stdout());
    }

    @Test
    void onlineRulesRunOnlyWithOnline() {
        RuleDescriptor offline = TestRules.reportingOnDeployment("TEST-OFFLINE", RuleSeverity.WARNING,
                RuleMode.OFFLINE, "offline finding");
        RuleDescriptor online = TestRules.reportingOnDeployment("TEST-ONLINE", RuleSeverity.ERROR, RuleMode.ONLINE,
                "online finding");

        Emw without = Emw.run(() -> TestRules.registry(offline, online), "validate", TestModels.good());
        Emw with = Emw.run(() -> TestRules.registry(offline, online), "validate", TestModels.good(), "--online");

        assertEquals(0, without.exit(), without.describe());
        assertTrue(without.stdout().contains("offline finding") && !without.stdout().contains("online finding"),
                without.stdout());
        assertEquals(1, with.exit(), with.describe());
        assertTrue(with.stdout().contains("error TEST-ONLINE /: online finding"), with.stdout());
    }

    @Test
    void anOnlineRuleNotRunIsSkippedInJunitAndAbsentFromJson() {
        RuleDescriptor online = TestRules.reportingOnDeployment("TEST-ONLINE", RuleSeverity.ERROR, RuleMode.ONLINE,
                "online finding");

        Emw junit = Emw.run(() -> TestRules.registry(online), "validate", TestModels.good(), "--format", "junit");
        Emw json = Emw.run(() -> TestRules.registry(online), "validate", TestModels.good(), "--format", "json");

        assertTrue(junit.stdout().contains("<skipped message=\"online rule; runs only with --online\"/>"),
                junit.stdout());
        assertFalse(json.stdout().contains("TEST-ONLINE"), json.stdout());
    }

    @Test
    void onlineTakesNoValue() {
        Emw run = Emw.run("validate", TestModels.good(), "--online=yes");

        assertEquals(2, run.exit(), run.describe());
        assertTrue(run.stderr().contains("--online takes no value"), run.stderr());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
