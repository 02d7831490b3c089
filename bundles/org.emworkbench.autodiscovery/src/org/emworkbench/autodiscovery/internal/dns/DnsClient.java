/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import org.emworkbench.autodiscovery.DiscoverySettings;

/** SCAFFOLD: replaced by the dnsjava implementation. */
public final class DnsClient {

    private DnsClient() {
    }

    /** @param settings the run's settings @return the lookups */
    public static DnsLookups create(DiscoverySettings settings) {
        throw new UnsupportedOperationException("DnsClient is being written");
    }
}
