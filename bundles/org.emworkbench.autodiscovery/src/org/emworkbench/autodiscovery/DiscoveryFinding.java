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
 * One thing a provider found wrong, doubtful or unknown on the discovery path.
 *
 * @param id       a stable id such as {@code AD-001}; providers of other plug-ins use ids of their own
 * @param severity how much it matters
 * @param subject  what it is about: a DNS name, a URL, a record
 * @param message  what was found, in one sentence
 * @param fix      what to do about it, in one sentence; may be empty for {@link Severity#INFO}
 * @since 0.1
 */
public record DiscoveryFinding(String id, Severity severity, String subject, String message, String fix) {

    /** Checks that every part is there. */
    public DiscoveryFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a finding needs an id");
        }
    }
}
