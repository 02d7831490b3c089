/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unmodifiable list of detail lines computed on first read, then kept.
 * Rendering a DNS answer as text costs more than asking the question; bulk
 * runs rarely read it. Thread-safe.
 */
final class LazyLines extends AbstractList<String> {

    private final Supplier<List<String>> source;
    private volatile List<String> lines;

    LazyLines(Supplier<List<String>> source) {
        this.source = source;
    }

    private List<String> lines() {
        List<String> known = lines;
        if (known == null) {
            synchronized (this) {
                known = lines;
                if (known == null) {
                    known = List.copyOf(source.get());
                    lines = known;
                }
            }
        }
        return known;
    }

    @Override
    public String get(int index) {
        return lines().get(index);
    }

    @Override
    public int size() {
        return lines().size();
    }
}
