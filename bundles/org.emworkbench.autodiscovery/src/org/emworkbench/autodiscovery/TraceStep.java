/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One query, request or check a provider made, with its answer and timing;
 * steps nest (a request and the DNS queries made to reach its host).
 * Immutable.
 *
 * @param kind     what the step did
 * @param title    what was asked, e.g. {@code SRV _autodiscover._tcp.contoso.com @127.0.0.1:5353 (UDP)}
 * @param status   how it ended
 * @param outcome  the answer in a few words, e.g. {@code NOERROR, 2 records}
 * @param details  the answer in full, one line each (records, status line, headers that matter)
 * @param elapsed  how long it took
 * @param children the steps it was made of
 * @since 0.1
 */
public record TraceStep(StepKind kind, String title, StepStatus status, String outcome, List<String> details,
        Duration elapsed, List<TraceStep> children) {

    /** Copies the lists; detail lines that are computed when first read stay so. */
    public TraceStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(elapsed, "elapsed");
        details = details instanceof LazyLines ? details : List.copyOf(details);
        children = List.copyOf(children);
    }
}
