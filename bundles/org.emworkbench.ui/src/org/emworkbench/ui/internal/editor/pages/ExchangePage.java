/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * The Exchange organization as Secure Mail meets it: how users sign in to
 * Exchange, the mail domains (master) and, for the selected domain, the
 * {@code _autodiscover._tcp} SRV records expected in its DNS zone (details).
 */
public final class ExchangePage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "exchange";

    private ObjectTable domains;

    /** @param editor the editor */
    public ExchangePage(DeploymentEditor editor) {
        super(editor, ID, "Exchange & DNS");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.startsWith("/exchange");
    }

    @Override
    protected void createContent(FormToolkit toolkit, Composite body) {
        columns(body, 2);
        OwnerSource exchange = OwnerSource.path(editor::deployment, Literals.DEPLOYMENT__EXCHANGE);
        Composite organization = section(toolkit, body, "Exchange Organization",
                "How users sign in to Exchange decides which credential Secure Mail must send: "
                        + "userPrincipalName for upn, sAMAccountName for domain\\user.", 2);
        track(new AttributeField(editor, toolkit, organization, "Sign-in form:",
                Literals.EXCHANGE_ORGANIZATION__LOGON_FORM, exchange));
        track(new AttributeField(editor, toolkit, organization, "NetBIOS domain:",
                Literals.EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN, exchange));
        track(new AttributeField(editor, toolkit, organization, "ActiveSync URL:",
                Literals.EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL, exchange));

        Composite mail = section(toolkit, body, "Mail Domains",
                "The email domains whose mailboxes Secure Mail reaches.", 1);
        domains = track(new ObjectTable(editor, toolkit, mail, exchange, Literals.EXCHANGE_ORGANIZATION__MAIL_DOMAINS,
                false, List.of(ObjectTable.Column.of("Domain", Literals.MAIL_DOMAIN__NAME, 220))))
                .adding(this::newDomain);

        Composite records = section(toolkit, body, "Expected SRV Records",
                "The _autodiscover._tcp records the selected domain's DNS zone should publish.", 1);
        track(new ObjectTable(editor, toolkit, records, OwnerSource.of(domains::selected),
                Literals.MAIL_DOMAIN__EXPECTED_SRV_RECORDS, false, List.of(
                        ObjectTable.Column.of("Priority", Literals.SRV_RECORD__PRIORITY, 70),
                        ObjectTable.Column.of("Weight", Literals.SRV_RECORD__WEIGHT, 70),
                        ObjectTable.Column.of("Port", Literals.SRV_RECORD__PORT, 60),
                        ObjectTable.Column.of("Target", Literals.SRV_RECORD__TARGET, 220))))
                .adding(this::newRecord);
        domains.onSelection(domain -> refresh());
    }

    private EObject newDomain() {
        MailDomain domain = DeploymentFactory.eINSTANCE.createMailDomain();
        ExchangeOrganization exchange = editor.deployment().getExchange();
        domain.setName(Names.unique("example.com", exchange == null ? List.of()
                : exchange.getMailDomains().stream().map(MailDomain::getName).toList()));
        return domain;
    }

    private EObject newRecord() {
        SrvRecord record = DeploymentFactory.eINSTANCE.createSrvRecord();
        MailDomain domain = (MailDomain) domains.selected();
        record.setTarget(Names.unique("autodiscover." + domain.getName(),
                domain.getExpectedSrvRecords().stream().map(SrvRecord::getTarget).toList()));
        return record;
    }

    @Override
    public void reveal(EObject object) {
        EObject domain = enclosing(object, MailDomain.class);
        if (domain != null) {
            domains.select(domain);
        }
    }
}
