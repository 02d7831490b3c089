/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.net.InetAddress;
import java.util.List;

/**
 * The A and AAAA records of a host.
 *
 * @param host      the host asked
 * @param status    how the lookup ended
 * @param addresses its addresses, IPv4 first
 * @param detail    what went wrong, for people, or empty
 */
public record AddressAnswer(String host, LookupStatus status, List<InetAddress> addresses, String detail) {

    /** Copies the list. */
    public AddressAnswer {
        addresses = List.copyOf(addresses);
    }
}
