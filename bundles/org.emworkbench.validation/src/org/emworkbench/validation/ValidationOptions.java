/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How a validation runs: which rules, how long each may take, and how it is
 * cancelled.
 *
 * @param modes          which rules run: offline ones always, online ones on request
 * @param offlineTimeout how long an offline rule may take over the whole model
 * @param onlineTimeout  how long an online rule may take over the whole model
 * @param cancelled      asked between objects; {@code true} stops validation
 * @since 0.1
 */
public record ValidationOptions(Set<RuleMode> modes, Duration offlineTimeout, Duration onlineTimeout,
        BooleanSupplier cancelled) {

    /** The default time an offline rule may take over a whole model. */
    public static final Duration DEFAULT_OFFLINE_TIMEOUT = Duration.ofSeconds(30);

    /** The default time an online rule may take over a whole model. */
    public static final Duration DEFAULT_ONLINE_TIMEOUT = Duration.ofSeconds(60);

    /** Checks and copies the arguments. */
    public ValidationOptions {
        modes = Set.copyOf(modes);
        Objects.requireNonNull(offlineTimeout, "offlineTimeout");
        Objects.requireNonNull(onlineTimeout, "onlineTimeout");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /** @return offline rules only, default timeouts, never cancelled */
    public static ValidationOptions offline() {
        return new ValidationOptions(EnumSet.of(RuleMode.OFFLINE), DEFAULT_OFFLINE_TIMEOUT, DEFAULT_ONLINE_TIMEOUT,
                () -> false);
    }

    /**
     * @param newModes which rules run
     * @return these options with other modes
     */
    public ValidationOptions withModes(Set<RuleMode> newModes) {
        return new ValidationOptions(newModes, offlineTimeout, onlineTimeout, cancelled);
    }

    /**
     * @param offline how long an offline rule may take
     * @param online  how long an online rule may take
     * @return these options with other timeouts
     */
    public ValidationOptions withTimeouts(Duration offline, Duration online) {
        return new ValidationOptions(modes, offline, online, cancelled);
    }

    /**
     * @param check asked between objects; {@code true} stops validation
     * @return these options with a cancellation check
     */
    public ValidationOptions withCancellation(BooleanSupplier check) {
        return new ValidationOptions(modes, offlineTimeout, onlineTimeout, check);
    }

    /**
     * @param mode a rule's mode
     * @return how long a rule of that mode may take
     */
    public Duration timeoutFor(RuleMode mode) {
        return mode == RuleMode.ONLINE ? onlineTimeout : offlineTimeout;
    }
}
