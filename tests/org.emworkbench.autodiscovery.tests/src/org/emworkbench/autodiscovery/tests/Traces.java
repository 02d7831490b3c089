/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;

/** Runs providers into a recorder and reads what they recorded. */
final class Traces {

    private Traces() {
    }

    /**
     * @param provider a provider
     * @param target   an address or domain
     * @param context  the run
     * @return the recorder after the provider ran
     */
    static TraceRecorder run(AutodiscoveryProvider provider, String target, DiscoveryContext context) {
        TraceRecorder recorder = new TraceRecorder();
        provider.discover(DiscoveryTarget.parse(target), context, recorder, new NullProgressMonitor());
        return recorder;
    }

    /** @param steps top-level steps @return them and all their children, depth first */
    static List<TraceStep> flatten(List<TraceStep> steps) {
        List<TraceStep> all = new ArrayList<>();
        for (TraceStep step : steps) {
            all.add(step);
            all.addAll(flatten(step.children()));
        }
        return all;
    }

    /** @param recorder a recorder @param id a finding id @return its findings with that id */
    static List<DiscoveryFinding> findings(TraceRecorder recorder, String id) {
        return recorder.findings().stream().filter(finding -> finding.id().equals(id)).toList();
    }

    /** @param recorder a recorder @return the ids of its findings, in order */
    static List<String> ids(TraceRecorder recorder) {
        return recorder.findings().stream().map(DiscoveryFinding::id).toList();
    }

    /** @param recorder a recorder @return a readable dump of its steps and findings, for assertion messages */
    static String dump(TraceRecorder recorder) {
        StringBuilder text = new StringBuilder();
        dump(recorder.steps(), "", text);
        recorder.findings().forEach(finding -> text.append(finding.id()).append(' ').append(finding.severity())
                .append(' ').append(finding.subject()).append(": ").append(finding.message()).append('\n'));
        recorder.results().forEach(value -> text.append("result ").append(value.kind()).append(' ')
                .append(value.value()).append('\n'));
        return text.toString();
    }

    private static void dump(List<TraceStep> steps, String indent, StringBuilder text) {
        for (TraceStep step : steps) {
            text.append(indent).append(step.kind()).append(' ').append(step.title()).append(" -> ")
                    .append(step.status()).append(": ").append(step.outcome()).append('\n');
            step.details().forEach(line -> text.append(indent).append("    | ").append(line).append('\n'));
            dump(step.children(), indent + "  ", text);
        }
    }
}
