/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.settings;

import org.osgi.service.prefs.Preferences;

/**
 * Where EMW's settings are kept and how the readers get typed values out of
 * them. The workbench keeps them in the instance scope (the workspace) under
 * {@link #QUALIFIER}; every reader takes a node, so a test or a headless tool
 * can hand it any other.
 *
 * @since 0.1
 */
public final class SettingsNode {

    /**
     * The preference node (qualifier) of every EMW setting. It is the workbench
     * bundle's symbolic name because Eclipse runs a bundle's preference
     * initializer only for the node named after the bundle; the readers here
     * need no initializer, they fall back to the same defaults.
     */
    public static final String QUALIFIER = "org.emworkbench.ui";

    private SettingsNode() {
    }

    /** @return the stored whole number, or the default when missing, not a number or outside min..max */
    static int intIn(Preferences node, String key, int defaultValue, int min, int max) {
        String stored = node.get(key, null);
        if (stored == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(stored.strip());
            return value < min || value > max ? defaultValue : value;
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
