/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.reports;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A red line of a report view that says what is wrong, taking no room while nothing is. */
public final class ErrorLine {

    private final Label label;

    /** @param parent a composite with a grid layout */
    public ErrorLine(Composite parent) {
        label = new Label(parent, SWT.WRAP);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(label);
        label.setVisible(false);
    }

    /** @param message what is wrong, or {@code null} to hide the line */
    public void show(String message) {
        if (label.isDisposed()) {
            return;
        }
        boolean visible = message != null;
        label.setText(visible ? message : "");
        if (label.getVisible() != visible) {
            label.setVisible(visible);
            ((GridData) label.getLayoutData()).exclude = !visible;
        }
        label.getParent().layout(true, true);
    }

    /** @return the label */
    public Label label() {
        return label;
    }
}
