/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-014: every mail domain of the Exchange organization publishes an
 * {@code _autodiscover._tcp} SRV record (Seed, "To enable the automatic
 * enrollment in Secure Mail", step 4: "This article assumes that you configure
 * Autodiscovery Service by querying DNS for an SRV record"; "Troubleshoot
 * issues", step 3), with port 443 (Autodiscover is HTTPS) and an absolute
 * target, ending with a dot: a relative target in a zone file gets the zone's
 * name appended.
 */
public final class AutodiscoverSrvRecordRule implements ValidationRule {

    /** The port of Autodiscover (HTTPS). */
    public static final int PORT = 443;

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        ExchangeOrganization exchange = deployment.getExchange();
        if (exchange == null || exchange.getMailDomains().isEmpty()) {
            context.report(Finding.on(exchange != null ? exchange : deployment, "the model has no Exchange mail "
                    + "domain, so Secure Mail's Exchange Autodiscover cannot be checked")
                    .expected("the mail domains users have addresses in, with their _autodiscover._tcp SRV records")
                    .fix("add the Exchange organization's mail domains and their expected SRV records"));
            return;
        }
        for (MailDomain domain : exchange.getMailDomains()) {
            if (domain.getExpectedSrvRecords().isEmpty()) {
                context.report(Finding.on(domain, "mail domain " + domain.getName() + " has no _autodiscover._tcp SRV "
                        + "record, so Secure Mail cannot find its Exchange server by DNS")
                        .expected("_autodiscover._tcp." + domain.getName() + " SRV 0 0 " + PORT + " <exchange host>.")
                        .fix("publish an SRV record _autodiscover._tcp." + domain.getName() + " pointing at the "
                                + "Exchange server on port " + PORT + ", and add it to the model"));
            }
            for (SrvRecord record : domain.getExpectedSrvRecords()) {
                checkRecord(domain, record, context);
            }
        }
    }

    private static void checkRecord(MailDomain domain, SrvRecord record, RuleContext context) {
        String name = "_autodiscover._tcp." + domain.getName();
        if (record.getPort() != PORT) {
            context.report(Finding.on(record, "the SRV record " + name + " has port " + record.getPort()
                    + ", but Autodiscover is HTTPS on port " + PORT).expected(Integer.toString(PORT))
                    .actual(Integer.toString(record.getPort())).fix("set the record's port to " + PORT));
        }
        String host = record.getTarget();
        if (host == null || host.isBlank()) {
            context.report(Finding.on(record, "the SRV record " + name + " has no target")
                    .expected("an absolute host name such as mail." + domain.getName() + ".")
                    .fix("set the target to the Exchange server's host name, ending with a dot"));
        } else if (!host.endsWith(".")) {
            context.report(Finding.on(record, "the SRV record " + name + " has the relative target " + host
                    + "; in a zone file it would become " + host + "." + domain.getName() + ".")
                    .expected(host + ".").actual(host).fix("end the target with a dot: " + host + "."));
        }
    }
}
