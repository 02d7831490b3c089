/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

/**
 * How much a {@link DiscoveryFinding} matters.
 *
 * @since 0.1
 */
public enum Severity {
    /** Discovery fails, or leaks credentials, for the users of this domain. */
    ERROR,
    /** Discovery works but users are prompted, or it works by luck. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO,
    /**
     * The check could not be made (a resolver timed out, a server failed):
     * the answer is unknown, which is never the same as "absent".
     */
    UNKNOWN
}
