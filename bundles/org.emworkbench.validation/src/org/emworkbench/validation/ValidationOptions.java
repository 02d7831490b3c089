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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How a validation runs: which rules, how severe their findings are, how long
 * each may take, and how it is cancelled.
 * <p>
 * Switched-off rules and severity overrides are the user's settings for every
 * model (the workbench's preferences); they are separate from the
 * suppressions a model carries itself ({@link RuleSuppressions}), and both
 * apply. Ids that name no rule are ignored, so settings outlive the plug-ins
 * whose rules they name.
 * </p>
 *
 * @param modes             which rules run: offline ones always, online ones on request
 * @param offlineTimeout    how long an offline rule may take over the whole model
 * @param onlineTimeout     how long an online rule may take over the whole model
 * @param cancelled         asked between objects; {@code true} stops validation
 * @param disabledRules     ids of rules that do not run at all
 * @param severityOverrides rule id to the severity every finding of that rule
 *                          gets, in place of the rule's own; a rule's failure
 *                          (it threw or ran out of time) stays an error
 * @param environment       objects the host application hands to rules, keyed by their type: for online
 *                          rules, how to reach the network (see {@link RuleContext#environment(Class)})
 * @since 0.1
 */
public record ValidationOptions(Set<RuleMode> modes, Duration offlineTimeout, Duration onlineTimeout,
        BooleanSupplier cancelled, Set<String> disabledRules, Map<String, RuleSeverity> severityOverrides,
        Map<Class<?>, Object> environment) {

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
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        environment = Map.copyOf(environment);
        environment.forEach((type, value) -> type.cast(value));
    }

    /**
     * Options without an environment.
     *
     * @param modes             which rules run
     * @param offlineTimeout    how long an offline rule may take over the whole model
     * @param onlineTimeout     how long an online rule may take over the whole model
     * @param cancelled         asked between objects; {@code true} stops validation
     * @param disabledRules     ids of rules that do not run at all
     * @param severityOverrides rule id to the severity every finding of that rule gets
     */
    public ValidationOptions(Set<RuleMode> modes, Duration offlineTimeout, Duration onlineTimeout,
            BooleanSupplier cancelled, Set<String> disabledRules, Map<String, RuleSeverity> severityOverrides) {
        this(modes, offlineTimeout, onlineTimeout, cancelled, disabledRules, severityOverrides, Map.of());
    }

    /**
     * Options with every rule on and no severity overridden.
     *
     * @param modes          which rules run
     * @param offlineTimeout how long an offline rule may take over the whole model
     * @param onlineTimeout  how long an online rule may take over the whole model
     * @param cancelled      asked between objects; {@code true} stops validation
     */
    public ValidationOptions(Set<RuleMode> modes, Duration offlineTimeout, Duration onlineTimeout,
            BooleanSupplier cancelled) {
        this(modes, offlineTimeout, onlineTimeout, cancelled, Set.of(), Map.of(), Map.of());
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
        return new ValidationOptions(newModes, offlineTimeout, onlineTimeout, cancelled, disabledRules, severityOverrides, environment);
    }

    /**
     * @param offline how long an offline rule may take
     * @param online  how long an online rule may take
     * @return these options with other timeouts
     */
    public ValidationOptions withTimeouts(Duration offline, Duration online) {
        return new ValidationOptions(modes, offline, online, cancelled, disabledRules, severityOverrides, environment);
    }

    /**
     * @param check asked between objects; {@code true} stops validation
     * @return these options with a cancellation check
     */
    public ValidationOptions withCancellation(BooleanSupplier check) {
        return new ValidationOptions(modes, offlineTimeout, onlineTimeout, check, disabledRules, severityOverrides, environment);
    }

    /**
     * @param ruleIds ids of rules that must not run; replaces the current set
     * @return these options with other rules switched off
     */
    public ValidationOptions withDisabledRules(Set<String> ruleIds) {
        return new ValidationOptions(modes, offlineTimeout, onlineTimeout, cancelled, ruleIds, severityOverrides, environment);
    }

    /**
     * @param overrides rule id to the severity all of that rule's findings get;
     *                  replaces the current overrides
     * @return these options with other severity overrides
     */
    public ValidationOptions withSeverityOverrides(Map<String, RuleSeverity> overrides) {
        return new ValidationOptions(modes, offlineTimeout, onlineTimeout, cancelled, disabledRules, overrides,
                environment);
    }

    /**
     * @param <T>   the object's type
     * @param type  the key rules ask for
     * @param value the object, e.g. the DNS servers online rules use
     * @return these options with the object added to the environment (replacing one of the same type)
     */
    public <T> ValidationOptions withEnvironment(Class<T> type, T value) {
        Map<Class<?>, Object> changed = new HashMap<>(environment);
        changed.put(type, type.cast(value));
        return new ValidationOptions(modes, offlineTimeout, onlineTimeout, cancelled, disabledRules, severityOverrides,
                changed);
    }

    /**
     * @param rule a rule
     * @return whether the rule runs with these options: its mode is selected and
     *         it is not switched off
     */
    public boolean runs(RuleDescriptor rule) {
        return modes.contains(rule.mode()) && !disabledRules.contains(rule.id());
    }

    /**
     * @param mode a rule's mode
     * @return how long a rule of that mode may take
     */
    public Duration timeoutFor(RuleMode mode) {
        return mode == RuleMode.ONLINE ? onlineTimeout : offlineTimeout;
    }
}
