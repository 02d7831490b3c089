/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;
import org.emworkbench.validation.internal.facts.PublicSuffixes;

/**
 * SSO-015: the expected Autodiscover SRV targets are hosts the customer
 * controls (Seed, "Troubleshoot issues", step 3: "the query for the SRV record
 * returns the expected mail server details").
 * <p>
 * A target outside the mail domain is a warning: clients ask the user to
 * accept the redirection ([MS-OXDISCO] 3.1.5.4). A target
 * {@code autodiscover.<public suffix>} (autodiscover.com., autodiscover.co.uk.)
 * is an error: anyone can register such a host, and in 2021 their owners
 * collected hundreds of thousands of Windows credentials sent to them
 * (Guardicore, "Autodiscovering the Great Leak"). The public suffixes are data
 * ({@code public-suffixes.txt}), which users can extend.
 * </p>
 */
public final class AutodiscoverTargetRule implements ValidationRule {

    private static final String LEAK_PREFIX = "autodiscover.";

    @Override
    public void check(EObject target, RuleContext context) {
        ExchangeOrganization exchange = (ExchangeOrganization) target;
        PublicSuffixes suffixes = PublicSuffixes.load();
        for (String problem : suffixes.problems()) {
            context.report(Finding.on(exchange, problem).severity(RuleSeverity.WARNING));
        }
        for (MailDomain domain : exchange.getMailDomains()) {
            for (SrvRecord record : domain.getExpectedSrvRecords()) {
                check(domain, record, suffixes, context);
            }
        }
    }

    private static void check(MailDomain domain, SrvRecord record, PublicSuffixes suffixes, RuleContext context) {
        String host = DomainNames.normalized(record.getTarget());
        String mailDomain = DomainNames.normalized(domain.getName());
        if (host.isEmpty() || mailDomain.isEmpty()) {
            return;
        }
        if (host.startsWith(LEAK_PREFIX) && suffixes.isPublicSuffix(host.substring(LEAK_PREFIX.length()))) {
            context.report(Finding.on(record, "the Autodiscover SRV target of " + domain.getName() + " is " + host
                    + ", a host under the public suffix " + host.substring(LEAK_PREFIX.length())
                    + " that anyone can register: clients would send users' credentials to it (the 2021 autodiscover "
                    + "credential leak)").expected("a host of " + domain.getName() + " such as autodiscover."
                            + domain.getName() + " or mail." + domain.getName()).actual(record.getTarget())
                    .fix("point the record at the customer's own Exchange host; block autodiscover.<suffix> hosts at "
                            + "the firewall or DNS"));
        } else if (!host.equals(mailDomain) && !host.endsWith("." + mailDomain)) {
            context.report(Finding.on(record, "the Autodiscover SRV target of " + domain.getName() + " is " + host
                    + ", outside the mail domain, so mail clients ask users to accept the redirection")
                    .expected("a host in " + domain.getName()).actual(record.getTarget())
                    .fix("point the record at a host in " + domain.getName() + ", or tell users to expect the prompt")
                    .severity(RuleSeverity.WARNING));
        }
    }
}
