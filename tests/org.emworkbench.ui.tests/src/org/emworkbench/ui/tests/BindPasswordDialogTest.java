/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.ui.internal.credentials.BindPasswordDialog;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** "Set LDAP Bind Password" typed into as a user does, storing into a test storage. */
@ExtendWith(ScreenshotOnFailure.class)
class BindPasswordDialogTest {

    private static final CredentialReference REFERENCE = BindPasswords.proposeFor("dc01.contoso.com", 636);

    @TempDir
    Path folder;

    private BindPasswordDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
    }

    @Test
    void storesThePasswordOnlyWhenBothFieldsAgree() throws Exception {
        BindPasswords passwords = new BindPasswords(TestStorage.open(folder.resolve("secure_storage")));
        Shell shell = open(passwords);
        assertEquals("Set LDAP Bind Password", shell.getText());
        assertTrue(Widgets.all(shell, Label.class, label -> label.getText().equals(REFERENCE.toString())).size() == 1,
                "the dialog names where the password goes");
        List<Text> fields = Widgets.all(shell, Text.class, text -> (text.getStyle() & SWT.PASSWORD) != 0);
        assertEquals(2, fields.size());
        Button store = Widgets.button(shell, "Store");
        assertFalse(store.isEnabled(), "nothing typed yet");

        fields.get(0).setTextChars("bind-secret".toCharArray());
        fields.get(1).setTextChars("bind-secrex".toCharArray());
        Widgets.processEvents();
        assertFalse(store.isEnabled(), "the confirmation differs");
        assertEquals("The passwords differ.", dialog.getErrorMessage());
        Widgets.picture(shell, "bind-password-dialog");

        fields.get(1).setTextChars("bind-secret".toCharArray());
        Widgets.processEvents();
        assertTrue(store.isEnabled());
        Widgets.click(store);

        assertTrue(dialog.stored());
        assertTrue(dialog.getShell() == null, "the dialog closed");
        assertArrayEquals("bind-secret".toCharArray(), passwords.read(REFERENCE));
    }

    @Test
    void cancellingStoresNothing() throws Exception {
        BindPasswords passwords = new BindPasswords(TestStorage.open(folder.resolve("secure_storage")));
        open(passwords);
        List<Text> fields = Widgets.all(dialog.getShell(), Text.class, text -> (text.getStyle() & SWT.PASSWORD) != 0);
        fields.get(0).setTextChars("typed".toCharArray());
        fields.get(1).setTextChars("typed".toCharArray());

        Widgets.click(Widgets.button(dialog.getShell(), "Cancel"));

        assertFalse(dialog.stored());
        assertFalse(passwords.contains(REFERENCE));
    }

    private Shell open(BindPasswords passwords) {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = new BindPasswordDialog(parent, "dc01.contoso.com:636", REFERENCE, passwords);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog.getShell();
    }
}
