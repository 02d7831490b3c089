/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.Locale;
import java.util.Objects;

/**
 * An {@code _autodiscover._tcp} SRV record the model expects a domain to publish.
 *
 * @param priority lower is tried first
 * @param weight   share among records of equal priority
 * @param port     the service port
 * @param target   the host, absolute, lower case, with its trailing dot ({@code .} alone: no service)
 * @since 0.1
 */
public record ExpectedSrvRecord(int priority, int weight, int port, String target) {

    /** Normalizes the target to lower case with a trailing dot. */
    public ExpectedSrvRecord {
        Objects.requireNonNull(target, "target");
        String lower = target.strip().toLowerCase(Locale.ROOT);
        target = lower.endsWith(".") ? lower : lower + ".";
    }

    /** @return the record in zone-file order: {@code priority weight port target} */
    @Override
    public String toString() {
        return priority + " " + weight + " " + port + " " + target;
    }
}
