/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

/**
 * How a {@link TraceStep} ended.
 *
 * @since 0.1
 */
public enum StepStatus {
    /** It got a usable answer. */
    OK,
    /** It got a definite answer that the thing asked for does not exist (NXDOMAIN, no data, HTTP 404). */
    ABSENT,
    /** It got an answer that is wrong or refused (a bad certificate, an error response). */
    FAILED,
    /** It got no answer (timeout, SERVFAIL, connection refused): the truth is unknown. */
    UNKNOWN,
    /** It was not attempted, on purpose (disabled, unsafe, already known). */
    SKIPPED
}
