/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

/** Where a candidate URL comes from, in the order of [MS-OXDISCO] §3.1.5. */
public enum CandidateOrigin {
    /** {@code https://<domain>/Autodiscover/Autodiscover.xml} (§3.1.5.2). */
    DOMAIN("https://<domain>/Autodiscover/Autodiscover.xml"),
    /** {@code https://autodiscover.<domain>/Autodiscover/Autodiscover.xml} (§3.1.5.2). */
    AUTODISCOVER_HOST("https://autodiscover.<domain>/Autodiscover/Autodiscover.xml"),
    /** The unauthenticated {@code GET} of {@code http://autodiscover.<domain>/…}, never a POST (§3.1.5.4). */
    REDIRECT_CHECK("HTTP redirect check (GET, no request body, never a POST over HTTP)"),
    /** The {@code https} Location the redirect check returned; clients ask the user before using it (§3.1.5.4). */
    REDIRECT_CHECK_LOCATION("Location of the HTTP redirect check (clients ask the user before using it)"),
    /** {@code https://<SRV target>/Autodiscover/Autodiscover.xml} (§3.1.5.3). */
    SRV("SRV record _autodiscover._tcp.<domain>");

    private final String description;

    CandidateOrigin(String description) {
        this.description = description;
    }

    /** @return where the candidate comes from, for people */
    public String description() {
        return description;
    }
}
