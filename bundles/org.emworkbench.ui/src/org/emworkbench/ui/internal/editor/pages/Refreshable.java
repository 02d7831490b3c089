/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

/** A part of a form page that shows model values and shows them anew after a change. */
interface Refreshable {

    /** Shows the model's current values. */
    void refresh();

    /** Shows the problem markers anew; by default everything is refreshed. */
    default void problemsChanged() {
        refresh();
    }
}
