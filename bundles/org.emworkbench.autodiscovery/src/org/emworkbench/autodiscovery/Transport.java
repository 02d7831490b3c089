/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

/**
 * What kind of traffic a provider makes, so that a user can leave out HTTP
 * ({@code emw discover --no-http}).
 *
 * @since 0.1
 */
public enum Transport {
    /** DNS queries only. */
    DNS,
    /** HTTP or HTTPS requests (and the DNS queries to reach their hosts). */
    HTTP
}
