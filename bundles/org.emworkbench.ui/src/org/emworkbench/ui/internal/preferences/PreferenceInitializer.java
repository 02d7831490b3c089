/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;
import org.osgi.service.prefs.Preferences;

/**
 * Writes the defaults of every EMW preference into the default scope, from the
 * same constants the readers fall back to, so Restore Defaults and the readers
 * agree.
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        Preferences defaults = DefaultScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        ValidationPreferences.DEFAULTS.writeTo(defaults);
        NetworkSettings.DEFAULTS.writeTo(defaults);
        DirectorySettings.DEFAULTS.writeTo(defaults);
    }
}
