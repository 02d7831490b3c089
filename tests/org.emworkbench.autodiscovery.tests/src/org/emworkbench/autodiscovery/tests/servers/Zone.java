/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.util.Locale;
import java.util.Objects;

/**
 * A zone a test DNS server serves: its name and its records in zone-file
 * syntax, names relative to the zone unless they end in a dot. The SOA, the
 * NS record and the name server's address are added around them.
 *
 * @param name    the zone's name, without trailing dot, e.g. {@code good.test}
 * @param records the records, one per line
 */
public record Zone(String name, String records) {

    /** Normalizes the name. */
    public Zone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(records, "records");
        String lower = name.strip().toLowerCase(Locale.ROOT);
        name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * @param defaultTtl the TTL of records that name none
     * @return the whole zone file: origin, TTL, SOA, NS, the name server's address, the records
     */
    public String file(int defaultTtl) {
        return "$ORIGIN " + name + ".\n"
                + "$TTL " + defaultTtl + "\n"
                + "@ IN SOA ns." + name + ". hostmaster." + name + ". 1 3600 600 86400 60\n"
                + "@ IN NS ns." + name + ".\n"
                + "ns IN A 127.0.0.1\n"
                + records.strip() + "\n";
    }
}
