/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.emworkbench.validation.settings.SettingsNode;

/**
 * A page of field editors over the workspace's EMW settings node, whose
 * defaults come from {@link PreferenceInitializer}.
 */
abstract class SettingsPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private final String description;

    /** @param description what the page is for, shown above its fields */
    SettingsPage(String description) {
        super(GRID);
        this.description = description;
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription(description);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, SettingsNode.QUALIFIER);
    }

    /** @return an editor for a whole number from min to max, whose error message says so */
    IntegerFieldEditor number(String key, String label, int min, int max, int columns) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent(), columns);
        editor.setValidRange(min, max);
        editor.setErrorMessage(label.replace("&", "").replace(":", "") + " must be a whole number from " + min
                + " to " + max);
        return editor;
    }
}
