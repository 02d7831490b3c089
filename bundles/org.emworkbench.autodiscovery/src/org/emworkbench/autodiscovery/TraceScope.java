/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

/**
 * Where a new step goes: the top level of a {@link TraceRecorder}, or inside
 * a running {@link TraceRecorder.Step}. Lets shared code (a DNS lookup made to
 * reach an HTTPS host) record its steps wherever its caller is.
 *
 * @since 0.1
 */
public interface TraceScope {

    /**
     * Starts a step here; finish it with {@link TraceRecorder.Step#finish}.
     *
     * @param kind  what the step does
     * @param title what is asked
     * @return the running step
     */
    TraceRecorder.Step begin(StepKind kind, String title);
}
