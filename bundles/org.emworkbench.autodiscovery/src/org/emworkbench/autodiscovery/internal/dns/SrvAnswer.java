/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.List;

/**
 * The answer to an {@code _autodiscover._tcp} SRV query.
 *
 * @param name    the name asked
 * @param status  how the lookup ended
 * @param records the records in the order a client tries them (RFC 2782: priority, then weighted choice)
 * @param dnssec  the DNSSEC state
 * @param detail  what went wrong, for people, or empty
 */
public record SrvAnswer(String name, LookupStatus status, List<SrvTarget> records, DnssecStatus dnssec, String detail) {

    /** Copies the list. */
    public SrvAnswer {
        records = List.copyOf(records);
    }
}
