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

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.TraceRecorder.Step;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;

/**
 * Answers from the run's {@link AnswerCache} when it can, and asks the network
 * otherwise. A cache hit is a step of its own, titled with the question and
 * {@code (answer cache)}, whose outcome ends in {@code (cached)}: the trace
 * shows that no packet was sent.
 */
final class CachedExchange implements Exchange {

    private final Exchange network;
    private final AnswerCache cache;

    /**
     * @param network how to ask when the cache has nothing
     * @param cache   the run's cache
     */
    CachedExchange(Exchange network, AnswerCache cache) {
        this.network = network;
        this.cache = cache;
    }

    @Override
    public Reply exchange(Name name, int type, boolean dnssec, TraceScope scope, IProgressMonitor monitor) {
        Optional<AnswerCache.Hit> hit = cache.get(name, type, dnssec);
        if (hit.isPresent()) {
            Step step = scope.begin(StepKind.DNS, AnswerText.question(name, type) + " (answer cache)");
            Message response = hit.get().response();
            String kept = "kept for another " + hit.get().left().toSeconds() + " s";
            step.detailsWhenRead(() -> {
                List<String> lines = new ArrayList<>(AnswerText.details(response));
                lines.add(kept);
                return lines;
            });
            step.finish(AnswerText.status(hit.get().response()),
                    AnswerText.outcome(hit.get().response(), type) + " (cached)");
            return Reply.answered(hit.get().response());
        }
        Reply reply = network.exchange(name, type, dnssec, scope, monitor);
        if (reply.isAnswered()) {
            cache.put(name, type, dnssec, reply.response());
        }
        return reply;
    }
}
