/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.List;
import java.util.Objects;

/**
 * What the model says a mail domain publishes, for comparison with live
 * answers (finding AD-007) and for the Citrix AutoDiscovery claim (AD-010).
 *
 * @param domain        the mail domain, lower-case ASCII
 * @param srvRecords    the expected {@code _autodiscover._tcp} records; empty when the model names none
 * @param claimToken    the Citrix AutoDiscovery TXT claim token, or {@code null} when the domain is not registered
 * @param activeSyncUrl the ActiveSync URL Exchange Autodiscover should return, or {@code null} when not modelled
 * @since 0.1
 */
public record DomainExpectation(String domain, List<ExpectedSrvRecord> srvRecords, String claimToken,
        String activeSyncUrl) {

    /** Copies the list. */
    public DomainExpectation {
        Objects.requireNonNull(domain, "domain");
        srvRecords = List.copyOf(srvRecords);
    }
}
