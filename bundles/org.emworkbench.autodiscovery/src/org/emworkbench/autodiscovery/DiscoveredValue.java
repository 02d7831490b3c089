/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.Objects;

/**
 * Something a provider discovered that a client would use, e.g. an SRV record
 * in the order clients try it, or the ActiveSync URL of a POX answer.
 *
 * @param kind  what it is, e.g. {@code SRV} or {@code MobileSync}
 * @param value the value, e.g. {@code 0 0 443 mail.contoso.com.}
 * @since 0.1
 */
public record DiscoveredValue(String kind, String value) {

    /** Checks that both parts are there. */
    public DiscoveredValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
