/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.credentials;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emworkbench.model.CredentialReference;

/**
 * "Set LDAP Bind Password": asks for a directory server's bind password twice
 * and keeps it in Equinox secure storage under a reference, never in the model.
 * The fields hide what is typed, and the dialog clears them when it closes.
 * <p>
 * Made with {@link #forOneRun}, it asks for a password that is missing where
 * the reference points, for one connection: the user may tick "Save in secure
 * storage" (offered for {@code secure-storage:} references only); otherwise
 * the typed password is handed to the caller through {@link #takePassword()}
 * and kept nowhere.
 * </p>
 */
public final class BindPasswordDialog extends TitleAreaDialog {

    private final String serverLabel;
    private final CredentialReference reference;
    private final BindPasswords passwords;
    private final boolean oneRun;
    private Text password;
    private Text confirmation;
    private Button save;
    private boolean stored;
    private char[] typed;

    /**
     * @param shell       the parent shell
     * @param serverLabel the server as the user knows it, e.g. {@code dc01.contoso.com:636}
     * @param reference   a {@code secure-storage:} reference, where the password goes
     * @param passwords   the storage to keep it in
     * @throws IllegalArgumentException when the reference is not a secure-storage one
     */
    public BindPasswordDialog(Shell shell, String serverLabel, CredentialReference reference, BindPasswords passwords) {
        this(shell, serverLabel, reference, passwords, false);
        if (reference.store() != CredentialReference.Store.SECURE_STORAGE) {
            throw new IllegalArgumentException(reference + " is not a secure-storage reference");
        }
    }

    private BindPasswordDialog(Shell shell, String serverLabel, CredentialReference reference, BindPasswords passwords,
            boolean oneRun) {
        super(shell);
        this.serverLabel = Objects.requireNonNull(serverLabel, "serverLabel");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.passwords = passwords;
        this.oneRun = oneRun;
    }

    /**
     * A dialog that asks for a password missing where the reference points,
     * for one connection, and offers to save it when the reference is a
     * {@code secure-storage:} one.
     *
     * @param shell       the parent shell
     * @param serverLabel the server as the user knows it
     * @param reference   where the password should have been (any store)
     * @param passwords   the storage to save it in, or {@code null} when there is none (nothing is offered)
     * @return the dialog, not yet open
     */
    public static BindPasswordDialog forOneRun(Shell shell, String serverLabel, CredentialReference reference,
            BindPasswords passwords) {
        return new BindPasswordDialog(shell, serverLabel, reference, passwords, true);
    }

    /**
     * @return the password typed in a {@link #forOneRun} dialog closed with OK, which the caller clears
     *         after use; {@code null} otherwise, and on every later call
     */
    public char[] takePassword() {
        char[] password = typed;
        typed = null;
        return password;
    }

    /** @return whether a {@link #forOneRun} dialog offers to save the password */
    private boolean canSave() {
        return passwords != null && reference.store() == CredentialReference.Store.SECURE_STORAGE;
    }

    /**
     * Asks for the bind password of an LDAP server and stores it in the user's
     * secure storage.
     *
     * @param shell       the parent shell
     * @param serverLabel the server as the user knows it, e.g. {@code dc01.contoso.com:636}
     * @param reference   a {@code secure-storage:} reference, see {@link BindPasswords#proposeFor(String, int)}
     * @return whether a password was stored; {@code false} when the user cancelled
     * @throws StorageException when the platform has no secure storage
     */
    public static boolean open(Shell shell, String serverLabel, CredentialReference reference) throws StorageException {
        BindPasswordDialog dialog = new BindPasswordDialog(shell, serverLabel, reference, BindPasswords.inDefaultStorage());
        dialog.open();
        return dialog.stored();
    }

    /** @return whether the dialog stored a password */
    public boolean stored() {
        return stored;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Set LDAP Bind Password");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Bind password for " + serverLabel);
        setMessage(oneRun ? "No password is stored where " + reference + " points. Type it for this connection."
                : "Kept encrypted in Eclipse secure storage; the model keeps only the reference.");
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText("Server:");
        new Label(fields, SWT.NONE).setText(serverLabel);
        new Label(fields, SWT.NONE).setText(oneRun ? "Looked for in:" : "Stored under:");
        new Label(fields, SWT.NONE).setText(reference.toString());
        password = passwordField(fields, "&Password:");
        confirmation = passwordField(fields, "&Confirm:");
        if (oneRun && canSave()) {
            new Label(fields, SWT.NONE);
            save = new Button(fields, SWT.CHECK);
            save.setText("&Save in secure storage");
            save.setToolTipText("Keep the password encrypted under " + reference + " for the next connections");
        }
        return area;
    }

    private Text passwordField(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = new Text(parent, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(field);
        field.addModifyListener(event -> check());
        return field;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(oneRun ? "&Connect" : "&Store");
        check();
    }

    /** Enables Store when both fields hold the same, non-empty password. */
    private void check() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        char[] first = password.getTextChars();
        char[] second = confirmation.getTextChars();
        try {
            boolean same = Arrays.equals(first, second);
            setErrorMessage(second.length > 0 && !same ? "The passwords differ." : null);
            getButton(IDialogConstants.OK_ID).setEnabled(first.length > 0 && same);
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    @Override
    protected void okPressed() {
        char[] entered = password.getTextChars();
        boolean keep = !oneRun || save != null && save.getSelection();
        try {
            if (keep) {
                passwords.store(reference, entered);
                stored = true;
            }
            if (oneRun) {
                typed = entered.clone();
            }
        } catch (StorageException | IOException e) {
            // Equinox's messages name the storage problem, never the value.
            setErrorMessage("Secure storage did not keep the password: " + e.getMessage());
            return;
        } finally {
            Arrays.fill(entered, '\0');
        }
        super.okPressed();
    }

    /** @return the "Save in secure storage" check box, or {@code null} when it is not offered */
    public Button saveButton() {
        return save;
    }

    @Override
    public boolean close() {
        if (password != null && !password.isDisposed()) {
            password.setTextChars(new char[0]);
            confirmation.setTextChars(new char[0]);
        }
        return super.close();
    }
}
