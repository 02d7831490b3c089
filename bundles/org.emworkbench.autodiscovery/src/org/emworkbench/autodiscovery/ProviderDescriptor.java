/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A registered provider and what the registry knows about it.
 *
 * @param id          unique id, e.g. {@code org.emworkbench.autodiscovery.dnsSrv}
 * @param name        for people
 * @param description what it discovers, one or two sentences
 * @param transport   what traffic it makes
 * @param order       providers run in ascending order (ties by id)
 * @param contributor the symbolic name of the contributing plug-in
 * @param factory     makes the provider, once per registry
 * @since 0.1
 */
public record ProviderDescriptor(String id, String name, String description, Transport transport, int order,
        String contributor, Supplier<AutodiscoveryProvider> factory) {

    /** Checks that every part is there. */
    public ProviderDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(contributor, "contributor");
        Objects.requireNonNull(factory, "factory");
    }
}
