/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation;

import java.util.Objects;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.directory.DirectoryAccess;

/**
 * Which servers a walk asks and how.
 *
 * @param discovery how DNS (and, when enabled, Exchange Autodiscover over HTTPS) is reached
 * @param directory how the directory is reached; holds no password
 * @param sandbox   whether those servers are the sandbox's, which answer from the model itself
 * @param httpsSkippedBecause why the HTTPS part of step 4 is not made when HTTP is off in {@code discovery},
 *                  for the report; {@code null} when HTTP is on
 * @since 0.1
 */
public record SimulationSettings(DiscoverySettings discovery, DirectoryAccess directory, boolean sandbox,
        String httpsSkippedBecause) {

    /** Checks the parts. */
    public SimulationSettings {
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(directory, "directory");
        if (!discovery.httpEnabled() && (httpsSkippedBecause == null || httpsSkippedBecause.isBlank())) {
            throw new IllegalArgumentException("HTTP is off: say why, for the report");
        }
    }
}
