/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

/** The DNSSEC state of an answer (RFC 4035 §4.3). */
public enum DnssecStatus {
    /** Validated from a configured trust anchor. */
    SECURE,
    /** Provably unsigned, or validation was asked and the zone is not signed. */
    INSECURE,
    /** Validation failed. */
    BOGUS,
    /** No trust anchor configured: not checked. */
    UNCHECKED
}
