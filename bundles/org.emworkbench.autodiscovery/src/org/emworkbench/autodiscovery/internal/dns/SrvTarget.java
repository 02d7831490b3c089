/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

/**
 * One SRV record of an answer.
 *
 * @param priority lower is tried first
 * @param weight   share among equal priorities
 * @param port     the port
 * @param target   absolute host name, lower case, with trailing dot; {@code .} alone means "no service"
 */
public record SrvTarget(int priority, int weight, int port, String target) {

    /** @return whether the record says the service is not available (RFC 2782 target {@code .}) */
    public boolean isServiceUnavailable() {
        return ".".equals(target);
    }

    /** @return the host name without the trailing dot */
    public String host() {
        return target.endsWith(".") ? target.substring(0, target.length() - 1) : target;
    }

    @Override
    public String toString() {
        return priority + " " + weight + " " + port + " " + target;
    }
}
