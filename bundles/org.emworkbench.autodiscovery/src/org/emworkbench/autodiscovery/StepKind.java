/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

/**
 * What a {@link TraceStep} did.
 *
 * @since 0.1
 */
public enum StepKind {
    /** A DNS query and its answer. */
    DNS,
    /** An HTTP or HTTPS request and its response. */
    HTTP,
    /** A TLS handshake. */
    TLS,
    /** A decision or a comparison, made without network traffic. */
    CHECK
}
