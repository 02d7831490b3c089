/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** The root page "EMW": says what its child pages hold; has no settings of its own. */
public final class EmwPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in {@code plugin.xml}. */
    public static final String ID = "org.emworkbench.ui.preferences";

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        Label text = new Label(area, SWT.WRAP);
        text.setText("""
                Settings of the Endpoint Management Workbench for every model in this workspace:

                Validation: which rules run and how severe their findings are.
                Network: the DNS resolver and the timeouts of online checks.
                Directory: LDAP connection defaults and the bind passwords kept in secure storage.

                Models carry none of this; a model's own rule suppressions stay in its file.""");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
        return area;
    }
}
