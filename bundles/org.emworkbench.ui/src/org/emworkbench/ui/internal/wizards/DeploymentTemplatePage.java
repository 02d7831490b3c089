/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.emworkbench.model.templates.DeploymentTemplate;

/** Chooses the template and asks for what it needs: customer, server and mail domain. */
public final class DeploymentTemplatePage extends WizardPage {

    private DeploymentTemplate template = DeploymentTemplate.SSO_EMAIL_AUTODISCOVERY;
    private Text customer;
    private Text server;
    private Text mailDomain;

    DeploymentTemplatePage() {
        super("template");
        setTitle("Deployment Template");
        setDescription("Start from Citrix's \"SSO for Secure Mail\" procedure, or from an empty deployment.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        for (DeploymentTemplate choice : DeploymentTemplate.values()) {
            Button button = new Button(page, SWT.RADIO);
            button.setText(choice.label());
            button.setSelection(choice == template);
            button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            button.addListener(SWT.Selection, event -> {
                if (button.getSelection()) {
                    setTemplate(choice);
                }
            });
        }
        customer = field(page, "&Customer:", "Contoso");
        server = field(page, "Endpoint Management &server:", "emm.contoso.com");
        mailDomain = field(page, "&Mail domain:", "contoso.com");
        setControl(page);
        validate();
    }

    private Text field(Composite page, String label, String initial) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        text.setText(initial);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, event -> validate());
        return text;
    }

    /** @param choice the template to use; also what tests choose */
    public void setTemplate(DeploymentTemplate choice) {
        template = choice;
        if (mailDomain != null) {
            mailDomain.setEnabled(choice != DeploymentTemplate.EMPTY);
            validate();
        }
    }

    private void validate() {
        String problem = null;
        if (customer().isEmpty()) {
            problem = "Name the customer.";
        } else if (!server().matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            problem = "Enter the server's fully qualified domain name, e.g. emm.contoso.com.";
        } else if (template != DeploymentTemplate.EMPTY && !mailDomain().matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            problem = "Enter the users' mail domain, e.g. contoso.com.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    DeploymentTemplate template() {
        return template;
    }

    String customer() {
        return customer == null ? "" : customer.getText().strip();
    }

    String server() {
        return server == null ? "" : server.getText().strip();
    }

    String mailDomain() {
        return mailDomain == null ? "" : mailDomain.getText().strip();
    }
}
