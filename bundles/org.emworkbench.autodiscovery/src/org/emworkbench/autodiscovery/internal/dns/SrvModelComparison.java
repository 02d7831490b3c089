/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.ExpectedSrvRecord;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceRecorder.Step;

/**
 * Compares the live {@code _autodiscover._tcp} records with the ones the
 * model expects (finding AD-007), as a check step with one line per
 * difference. Records are paired by all four fields first, then by target:
 * a pair with the same target and other numbers is one difference naming the
 * fields that differ; what stays unpaired is missing (expected, not
 * published) or unexpected (published, not expected).
 */
final class SrvModelComparison {

    private SrvModelComparison() {
    }

    /**
     * @param name     the SRV name, the subject of the findings
     * @param expected the model's records; nothing is compared when empty
     * @param live     the published records (empty when the name has none)
     * @param trace    where the step and the findings go
     */
    static void compare(String name, List<ExpectedSrvRecord> expected, List<SrvTarget> live, TraceRecorder trace) {
        if (expected.isEmpty()) {
            return;
        }
        List<SrvTarget> unpairedLive = new ArrayList<>(live);
        List<ExpectedSrvRecord> unpairedExpected = new ArrayList<>();
        for (ExpectedSrvRecord record : expected) {
            Optional<SrvTarget> same = unpairedLive.stream().filter(candidate -> equal(record, candidate)).findFirst();
            same.ifPresentOrElse(unpairedLive::remove, () -> unpairedExpected.add(record));
        }
        List<String> differences = new ArrayList<>();
        for (ExpectedSrvRecord record : unpairedExpected) {
            Optional<SrvTarget> sameTarget = unpairedLive.stream()
                    .filter(candidate -> candidate.target().equals(record.target())).findFirst();
            if (sameTarget.isPresent()) {
                unpairedLive.remove(sameTarget.get());
                differences.add(changed(record, sameTarget.get()));
            } else {
                differences.add("the model's record " + record + " is not published");
            }
        }
        for (SrvTarget record : unpairedLive) {
            differences.add("the published record " + record + " is not in the model");
        }
        Step step = trace.begin(StepKind.CHECK, "Compare " + name + " with the model");
        expected.forEach(record -> step.detail("model: " + record));
        live.forEach(record -> step.detail("published: " + record));
        differences.forEach(difference -> step.detail("difference: " + difference));
        if (differences.isEmpty()) {
            step.finish(StepStatus.OK, "matches the model");
            return;
        }
        step.finish(StepStatus.FAILED,
                differences.size() + (differences.size() == 1 ? " difference" : " differences") + " from the model");
        for (String difference : differences) {
            DiscoveryFinding finding = FindingKind.AD_007.on(name, capitalized(difference) + ".");
            trace.report(finding);
        }
    }

    private static boolean equal(ExpectedSrvRecord expected, SrvTarget live) {
        return expected.priority() == live.priority() && expected.weight() == live.weight()
                && expected.port() == live.port() && expected.target().equals(live.target());
    }

    private static String changed(ExpectedSrvRecord expected, SrvTarget live) {
        List<String> fields = new ArrayList<>();
        if (expected.priority() != live.priority()) {
            fields.add("priority " + live.priority() + " instead of " + expected.priority());
        }
        if (expected.weight() != live.weight()) {
            fields.add("weight " + live.weight() + " instead of " + expected.weight());
        }
        if (expected.port() != live.port()) {
            fields.add("port " + live.port() + " instead of " + expected.port());
        }
        return "the record for " + live.target() + " is published with " + String.join(", ", fields)
                + " (model: " + expected + ")";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
