/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;

/**
 * The addresses and domains discovered last, newest first, kept in the
 * view's dialog settings so that they survive a restart.
 */
final class AddressHistory {

    /** How many entries are kept. */
    static final int SIZE = 10;

    private static final String KEY = "history";

    private final IDialogSettings settings;

    /** @param settings the view's section of the dialog settings */
    AddressHistory(IDialogSettings settings) {
        this.settings = settings;
    }

    /** @return the entries, newest first */
    List<String> entries() {
        String[] stored = settings.getArray(KEY);
        return stored == null ? List.of() : List.of(stored);
    }

    /**
     * Puts an entry first; an equal entry further down goes, the oldest beyond {@link #SIZE} too.
     *
     * @param entry what was discovered for, as typed
     */
    void remember(String entry) {
        List<String> entries = new ArrayList<>(entries());
        entries.removeIf(entry::equalsIgnoreCase);
        entries.add(0, entry);
        settings.put(KEY, entries.subList(0, Math.min(SIZE, entries.size())).toArray(String[]::new));
    }
}
