/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.ui.internal.credentials.BindPasswords;

/**
 * Bind passwords for the UI tests: stored in the tests' secure storage, or typed into the workbench's password
 * dialog, which a test cannot reach while the dialog is modal.
 */
final class PasswordDialogs {

    private static final long PATIENCE_MILLIS = 30_000;

    private PasswordDialogs() {
    }

    /** When the password dialog opens, notes its title, types the password twice, ticks Save and connects. */
    static void answer(List<String> asked, String password) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(shell -> shell.isVisible() && "Set LDAP Bind Password".equals(shell.getText()))
                    .findFirst().orElse(null);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            asked.add(dialog.getText());
            Text first = Widgets.fieldAfter(dialog, "Password:");
            Text second = Widgets.fieldAfter(dialog, "Confirm:");
            Widgets.type(first, password);
            Widgets.type(second, password);
            Widgets.click(Widgets.button(dialog, "Save in secure storage"));
            Widgets.click(Widgets.button(dialog, "Connect"));
        };
        display.timerExec(100, poll[0]);
    }

    /** Stores the password where the reference points. */
    static void store(CredentialReference reference, String password) throws Exception {
        BindPasswords.inDefaultStorage().store(reference, password.toCharArray());
    }
}
