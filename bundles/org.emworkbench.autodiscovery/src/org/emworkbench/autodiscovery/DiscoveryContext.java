/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What providers share during one discovery run, which may cover one target or
 * thousands: the settings, the model's expectations, and objects worth
 * sharing between providers and targets (a DNS client with its answer cache).
 * Safe to use from several threads. Whoever makes a context closes it when the
 * run ends, so that shared objects holding sockets or threads release them.
 *
 * @since 0.1
 */
public final class DiscoveryContext implements AutoCloseable {

    private final DiscoverySettings settings;
    private final Map<String, DomainExpectation> expectations;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    /**
     * @param settings     how to reach the network
     * @param expectations what the model expects, keyed by lower-case ASCII domain; empty without a model
     */
    public DiscoveryContext(DiscoverySettings settings, Map<String, DomainExpectation> expectations) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.expectations = Map.copyOf(expectations);
    }

    /** @param settings how to reach the network; no model expectations */
    public DiscoveryContext(DiscoverySettings settings) {
        this(settings, Map.of());
    }

    /** @return how to reach the network */
    public DiscoverySettings settings() {
        return settings;
    }

    /**
     * @param domain a lower-case ASCII domain
     * @return what the model expects of it, if the run has a model that names it
     */
    public Optional<DomainExpectation> expectation(String domain) {
        return Optional.ofNullable(expectations.get(domain));
    }

    /** @return all expectations, keyed by domain */
    public Map<String, DomainExpectation> expectations() {
        return expectations;
    }

    /**
     * The object of a type shared by the whole run, made on first use.
     *
     * @param <T>     its type
     * @param type    its type, the key it is shared under
     * @param factory makes it; called at most once per context
     * @return the shared object
     */
    public <T> T shared(Class<T> type, Supplier<? extends T> factory) {
        return type.cast(shared.computeIfAbsent(type, key -> factory.get()));
    }

    /**
     * Puts a shared object in place before the run, e.g. a resolver a test or a
     * host application built.
     *
     * @param <T>   its type
     * @param type  the key
     * @param value the object
     * @return this context
     */
    public <T> DiscoveryContext share(Class<T> type, T value) {
        shared.put(type, type.cast(value));
        return this;
    }

    /**
     * Ends the run: closes every shared object that is {@link AutoCloseable}
     * (the DNS client's sockets, for one) and forgets them; a later
     * {@link #shared} makes new ones. A failure to close one does not keep the
     * others open.
     *
     * @since 0.1
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Class<?> type : List.copyOf(shared.keySet())) {
            Object value = shared.remove(type);
            if (value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("closing the shared " + type.getSimpleName() + " failed", e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
