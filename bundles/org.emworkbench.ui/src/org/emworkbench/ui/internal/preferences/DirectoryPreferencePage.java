/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import java.io.IOException;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

/**
 * "Directory": defaults for LDAP connections, and the bind passwords kept in
 * Equinox secure storage, listed by reference only. Removing one needs no
 * master password; a password is never shown.
 */
public final class DirectoryPreferencePage extends SettingsPage {

    /** The page's id in {@code plugin.xml}. */
    public static final String ID = "org.emworkbench.ui.preferences.directory";

    private ComboFieldEditor tls;
    private Group passwordsGroup;
    private org.eclipse.swt.widgets.List references;
    private Button remove;
    private BindPasswords passwords;

    /** Creates the page. */
    public DirectoryPreferencePage() {
        super("Defaults for LDAP servers whose model does not say otherwise.");
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(number(DirectorySettings.PORT, "&Port:", 1, 65535, 5));
        tls = new ComboFieldEditor(DirectorySettings.TLS, "&TLS:",
                new String[][] { { "LDAPS (usually port 636)", Tls.LDAPS.key() },
                        { "StartTLS (usually port 389)", Tls.START_TLS.key() },
                        { "None (not encrypted)", Tls.NONE.key() } },
                parent);
        addField(tls);
        addField(number(DirectorySettings.CONNECT_TIMEOUT, "&Connect timeout (seconds):", 1,
                DirectorySettings.MAX_CONNECT_TIMEOUT, 6));
        addField(number(DirectorySettings.RESPONSE_TIMEOUT, "&Response timeout (seconds):", 1,
                DirectorySettings.MAX_RESPONSE_TIMEOUT, 6));
        addField(number(DirectorySettings.PAGE_SIZE, "Search p&age size (entries):", 1,
                DirectorySettings.MAX_PAGE_SIZE, 6));
        FileFieldEditor trustStore = new FileFieldEditor(DirectorySettings.TRUST_STORE, "Trust &store:", true, parent);
        trustStore.setEmptyStringAllowed(true);
        trustStore.setFileExtensions(new String[] { "*.p12;*.pfx;*.jks", "*" });
        trustStore.getTextControl(parent).setMessage("empty: the JDK's trusted certificates");
        ((GridData) trustStore.getTextControl(parent).getLayoutData()).widthHint = 200;
        addField(trustStore);
        createPasswordList(parent);
    }

    private void createPasswordList(Composite parent) {
        passwordsGroup = new Group(parent, SWT.NONE);
        passwordsGroup.setText("Bind passwords in secure storage");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(passwordsGroup);
        Label explanation = new Label(passwordsGroup, SWT.WRAP);
        explanation.setText("Set a server's password on the Directory page of the deployment editor. Models keep"
                + " only the reference below; the command line reads env:VARIABLE references instead.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(explanation);
        references = new org.eclipse.swt.widgets.List(passwordsGroup, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 90).applyTo(references);
        remove = new Button(passwordsGroup, SWT.PUSH);
        remove.setText("Re&move");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        references.addListener(SWT.Selection, event -> remove.setEnabled(references.getSelectionCount() > 0));
        remove.addListener(SWT.Selection, event -> removeSelected());
        try {
            passwords = BindPasswords.inDefaultStorage();
        } catch (StorageException e) {
            references.add("(secure storage is not available: " + e.getMessage() + ")");
            references.setEnabled(false);
        }
        showStored();
    }

    @Override
    protected void adjustGridLayout() {
        super.adjustGridLayout();
        int columns = ((GridLayout) getFieldEditorParent().getLayout()).numColumns;
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, true).indent(0, 10).applyTo(passwordsGroup);
    }

    private void showStored() {
        if (passwords == null) {
            remove.setEnabled(false);
            return;
        }
        references.removeAll();
        for (CredentialReference reference : passwords.stored()) {
            references.add(reference.toString());
        }
        remove.setEnabled(false);
    }

    private void removeSelected() {
        String[] selected = references.getSelection();
        if (selected.length == 0 || !MessageDialog.openConfirm(getShell(), "Remove Bind Passwords",
                "Remove " + (selected.length == 1 ? "the password stored under " + selected[0] : selected.length
                        + " passwords") + " from secure storage? Models that refer to it can no longer bind"
                        + " until a password is set again.")) {
            return;
        }
        try {
            for (String reference : selected) {
                passwords.remove(CredentialReference.valueOf(reference));
            }
        } catch (IOException e) {
            setErrorMessage("Secure storage could not be written: " + e.getMessage());
        }
        showStored();
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        if (event.getSource() == tls && FieldEditor.VALUE.equals(event.getProperty())) {
            warnAboutPlainLdap((String) event.getNewValue());
        }
        super.propertyChange(event);
    }

    @Override
    protected void initialize() {
        super.initialize();
        warnAboutPlainLdap(getPreferenceStore().getString(DirectorySettings.TLS));
    }

    private void warnAboutPlainLdap(String tlsKey) {
        setMessage(Tls.ofKey(tlsKey) == Tls.NONE ? "Without TLS, bind passwords cross the network readable." : null,
                WARNING);
    }
}
