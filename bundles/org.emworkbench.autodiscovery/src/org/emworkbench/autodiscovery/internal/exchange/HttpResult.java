/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;

/** How one request to one address ended. */
public sealed interface HttpResult {

    /**
     * The server answered.
     *
     * @param response the response
     * @param step     the request's step, still running: the caller adds what the answer means and finishes it
     */
    record Answered(HttpResponse response, TraceRecorder.Step step) implements HttpResult {
    }

    /**
     * No answer: the host has no address, or no connection, handshake or response came in time. The step is
     * finished.
     *
     * @param reason what happened
     * @param status {@link StepStatus#ABSENT} for a host that does not exist, {@link StepStatus#UNKNOWN} otherwise
     */
    record Unreachable(String reason, StepStatus status) implements HttpResult {
    }

    /**
     * TLS failed on the certificate or the server's TLS set-up (AD-009). The step is finished.
     *
     * @param reason the exact reason, e.g. that the certificate expired and when
     */
    record TlsRefused(String reason) implements HttpResult {
    }

    /**
     * The server answered with something that is not a usable HTTP response (malformed, too large). The step is
     * finished.
     *
     * @param reason what was wrong
     */
    record Broken(String reason) implements HttpResult {
    }
}
