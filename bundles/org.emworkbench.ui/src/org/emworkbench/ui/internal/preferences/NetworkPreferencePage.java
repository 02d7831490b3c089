/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.emworkbench.validation.settings.DnsServer;
import org.emworkbench.validation.settings.NetworkSettings;

/**
 * "Network": the DNS resolver and timeouts of the online checks, and the HTTPS
 * timeouts of Exchange Autodiscover. Input that {@link NetworkSettings#read}
 * would not accept is refused on the page: it says what is wrong and OK stays
 * disabled.
 */
public final class NetworkPreferencePage extends SettingsPage {

    /** The page's id in {@code plugin.xml}. */
    public static final String ID = "org.emworkbench.ui.preferences.network";

    private RadioGroupFieldEditor resolver;
    private ServerListEditor servers;

    /** Creates the page. */
    public NetworkPreferencePage() {
        super("How online checks reach the network; the HTTPS timeouts are those of Exchange Autodiscover."
                + " Offline validation never uses these settings.");
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        resolver = new RadioGroupFieldEditor(NetworkSettings.DNS_RESOLVER, "DNS resolver", 1,
                new String[][] { { "The s&ystem's resolver", NetworkSettings.SYSTEM_RESOLVER },
                        { "&These servers, in order:", NetworkSettings.LISTED_SERVERS } },
                parent, true);
        addField(resolver);
        servers = new ServerListEditor(parent);
        addField(servers);
        addField(number(NetworkSettings.DNS_TIMEOUT, "DNS t&imeout (seconds):", NetworkSettings.MIN_DNS_TIMEOUT,
                NetworkSettings.MAX_DNS_TIMEOUT, 3));
        addField(number(NetworkSettings.DNS_RETRIES, "DNS &retries:", 0, NetworkSettings.MAX_DNS_RETRIES, 3));
        addField(number(NetworkSettings.HTTPS_CONNECT_TIMEOUT, "HTTPS &connect timeout (seconds):", 1,
                NetworkSettings.MAX_HTTPS_CONNECT_TIMEOUT, 3));
        addField(number(NetworkSettings.HTTPS_READ_TIMEOUT, "HTTPS r&ead timeout (seconds):", 1,
                NetworkSettings.MAX_HTTPS_READ_TIMEOUT, 3));
    }

    @Override
    protected void initialize() {
        super.initialize();
        follow(getPreferenceStore().getString(NetworkSettings.DNS_RESOLVER));
    }

    @Override
    protected void performDefaults() {
        super.performDefaults();
        follow(getPreferenceStore().getDefaultString(NetworkSettings.DNS_RESOLVER));
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        if (event.getSource() == resolver && FieldEditor.VALUE.equals(event.getProperty())) {
            follow((String) event.getNewValue());
        }
        super.propertyChange(event);
    }

    /** The server list is needed, and editable, only while the listed servers are chosen. */
    private void follow(String resolverChoice) {
        servers.setRequired(NetworkSettings.LISTED_SERVERS.equals(resolverChoice), getFieldEditorParent());
        checkState();
    }

    /** The DNS servers: checked with the same parser the settings reader uses. */
    private static final class ServerListEditor extends StringFieldEditor {
        private boolean required;

        ServerListEditor(Composite parent) {
            super(NetworkSettings.DNS_SERVERS, "DNS &servers:", StringFieldEditor.UNLIMITED,
                    StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent);
            getTextControl(parent).setMessage("192.0.2.53, [2001:db8::53]:5353");
            // The example text must not widen the page.
            ((GridData) getTextControl(parent).getLayoutData()).widthHint = 180;
            getTextControl(parent).setToolTipText("host[:port] or [IPv6 address]:port, separated by commas;"
                    + " the port is 53 unless given");
            // Also on text set without typing (pasted, or set by a program), not only on key strokes.
            getTextControl(parent).addModifyListener(event -> valueChanged());
        }

        void setRequired(boolean required, Composite parent) {
            this.required = required;
            setEnabled(required, parent);
            refreshValidState();
        }

        @Override
        protected boolean checkState() {
            String message = problem(getStringValue());
            if (message == null) {
                clearErrorMessage();
                return true;
            }
            showErrorMessage(message);
            return false;
        }

        /** @return what is wrong with the list, or {@code null} when the page can keep it */
        private String problem(String text) {
            if (!required) {
                // Kept as typed for later, but only when it would be usable then.
                return text.isBlank() || parses(text) == null ? null : "DNS servers: " + parses(text);
            }
            if (text.isBlank()) {
                return "Name at least one DNS server, or choose the system's resolver.";
            }
            String parseProblem = parses(text);
            return parseProblem == null ? null : "DNS servers: " + parseProblem;
        }

        private static String parses(String text) {
            try {
                DnsServer.parseList(text);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
    }
}
