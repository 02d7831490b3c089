/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceStep;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {

    @Test
    void linesComputedWhenReadFollowTheGivenLinesAndAreBuiltOnce() {
        AtomicInteger builds = new AtomicInteger();
        TraceRecorder recorder = new TraceRecorder();
        recorder.begin(StepKind.DNS, "SRV _autodiscover._tcp.example.test")
                .detail("first")
                .detailsWhenRead(() -> {
                    builds.incrementAndGet();
                    return List.of("answer 1", "answer 2");
                })
                .detailsWhenRead(() -> List.of("answer 3"))
                .finish(StepStatus.OK, "1 record");

        TraceStep step = recorder.steps().get(0);
        assertEquals(0, builds.get(), "nothing is rendered until someone reads the lines");
        assertEquals(List.of("first", "answer 1", "answer 2", "answer 3"), step.details());
        assertEquals(List.of("first", "answer 1", "answer 2", "answer 3"), step.details());
        assertEquals(1, builds.get());
        assertThrows(UnsupportedOperationException.class, () -> step.details().add("more"));
    }

    @Test
    void aStepWithLinesComputedWhenReadEqualsOneWithTheSameLinesGivenAtOnce() {
        TraceRecorder lazy = new TraceRecorder();
        lazy.begin(StepKind.DNS, "A mail.example.test").detailsWhenRead(() -> List.of("mail 300 IN A 127.0.0.1"));
        TraceRecorder eager = new TraceRecorder();
        eager.begin(StepKind.DNS, "A mail.example.test").detail("mail 300 IN A 127.0.0.1");

        assertEquals(eager.steps().get(0).details(), lazy.steps().get(0).details());
        assertEquals(eager.steps().get(0).details().hashCode(), lazy.steps().get(0).details().hashCode());
    }

    @Test
    void theStepListIsASnapshotThatCannotBeChanged() {
        TraceRecorder recorder = new TraceRecorder();
        recorder.begin(StepKind.CHECK, "compare");
        List<TraceStep> steps = recorder.steps();
        recorder.begin(StepKind.CHECK, "compare again");

        assertEquals(1, steps.size());
        assertEquals(StepStatus.UNKNOWN, steps.get(0).status(), "a running step reads as not finished");
        assertThrows(UnsupportedOperationException.class, () -> steps.add(steps.get(0)));
    }
}
