/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

/** How a DNS lookup ended. Only {@link #NX_DOMAIN} and {@link #NO_DATA} mean "absent". */
public enum LookupStatus {
    /** Records of the asked type were found (after following CNAMEs). */
    FOUND,
    /** The name exists but has no records of the asked type. */
    NO_DATA,
    /** The name does not exist. */
    NX_DOMAIN,
    /** The server answered SERVFAIL, REFUSED or something unreadable: unknown. */
    FAILED,
    /** No server answered in time: unknown. */
    TIMEOUT,
    /** DNSSEC validation failed: the answer must not be used. */
    BOGUS;

    /** @return whether the answer says for certain that there is nothing */
    public boolean isAbsent() {
        return this == NO_DATA || this == NX_DOMAIN;
    }

    /** @return whether the truth is unknown */
    public boolean isUnknown() {
        return this == FAILED || this == TIMEOUT;
    }
}
