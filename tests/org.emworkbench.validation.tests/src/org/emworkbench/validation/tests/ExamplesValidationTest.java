/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.ValidationEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example model with every built-in rule: a model its folder's README
 * lists as breaking nothing has no error or warning, and a broken one has
 * errors or warnings of exactly the rule its README row names (the first
 * rule id in the row). Infos are allowed anywhere.
 */
class ExamplesValidationTest {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+\\.emw)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2,5}-\\d{3}\\b");

    @TestFactory
    List<DynamicTest> everyExampleTripsExactlyTheRuleItsReadmeNames() throws IOException {
        List<Path> examples = Examples.all();
        assertTrue(examples.size() >= 18, "all examples are found: " + examples);
        Map<Path, Map<String, String>> readmes = new HashMap<>();
        ValidationEngine engine = new ValidationEngine(Rules.builtIn());
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.getParent().getFileName() + "/"
                + example.getFileName(), () -> {
                    Map<String, String> rows = readmes.computeIfAbsent(example.getParent(),
                            ExamplesValidationTest::readmeRows);
                    String row = rows.get(example.getFileName().toString());
                    assertTrue(row != null, example + " has no row in the README of its folder");
                    Set<String> expected = firstRuleId(row);
                    List<RuleDiagnostic> findings = Rules.findings(engine.validate(DeploymentFiles.load(example)));
                    List<RuleDiagnostic> problems = findings.stream()
                            .filter(f -> f.getSeverity() >= Diagnostic.WARNING).toList();
                    Set<String> tripped = problems.stream().map(RuleDiagnostic::getRuleId)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(expected, tripped, example.getFileName() + ": " + describe(problems));
                    if (!expected.isEmpty()) {
                        assertFalse(problems.isEmpty());
                    }
                })).toList();
    }

    private static Set<String> firstRuleId(String row) {
        Matcher id = RULE_ID.matcher(row);
        return id.find() ? Set.of(id.group()) : Set.of();
    }

    private static Map<String, String> readmeRows(Path folder) {
        Map<String, String> rows = new HashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve("README.md"))) {
                Matcher row = ROW.matcher(line.strip());
                if (row.matches()) {
                    rows.put(row.group(1), row.group(2));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the README of " + folder + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static String describe(List<RuleDiagnostic> findings) {
        return findings.stream().map(f -> f.getRuleId() + " " + f.getObjectPath() + ": " + f.getMessage())
                .collect(Collectors.joining("\n", "\n", ""));
    }
}
