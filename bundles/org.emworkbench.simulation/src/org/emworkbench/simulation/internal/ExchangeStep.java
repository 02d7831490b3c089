/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.Set;

import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoveryTrace;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;

/**
 * Step 4: Secure Mail opens, takes the email address from Secure Hub (its
 * initial authentication mechanism), and finds the user's Exchange through
 * the DNS SRV record {@code _autodiscover._tcp.<domain>}, then, over HTTPS,
 * the ActiveSync URL. Secure Mail's policies are the rules' part (SSO-008,
 * SSO-010, SSO-011, SSO-014, SSO-015); DNS and HTTPS are asked through the
 * autodiscovery bundle's providers.
 */
final class ExchangeStep {

    private ExchangeStep() {
    }

    static StepResult walk(Walk walk) {
        StepRecord record = new StepRecord(Step.EXCHANGE_AUTODISCOVER);
        record.rules(walk.findings.of(Step.EXCHANGE_AUTODISCOVER));
        String domain = walk.target.domain();
        ExchangeOrganization exchange = walk.deployment.getExchange();
        MailDomain mailDomain = exchange == null ? null
                : exchange.getMailDomains().stream().filter(d -> RuleFindings.sameDomain(d.getName(), domain))
                        .findFirst().orElse(null);
        if (mailDomain == null) {
            record.fail("the model's Exchange organization has no mail domain " + domain,
                    "add " + domain + " to the Exchange organization's mail domains with its expected SRV record");
        } else {
            record.saw(Evidence.MODEL, "mail domain " + domain + " expects " + mailDomain.getExpectedSrvRecords()
                    .stream().map(r -> r.getPriority() + " " + r.getWeight() + " " + r.getPort() + " " + r.getTarget())
                    .toList());
        }
        DiscoveryReport srv = walk.discover(Set.of(Walk.SRV_PROVIDER));
        Walk.read(srv, Evidence.DNS, record);
        if (record.failed() || record.unknown()) {
            return record.result("");
        }
        String url = null;
        if (walk.settings.discovery().httpEnabled()) {
            DiscoveryReport https = walk.discover(Set.of(Walk.EXCHANGE_PROVIDER));
            Walk.read(https, Evidence.HTTPS, record);
            url = mobileSync(https);
            if (url == null && !record.failed() && !record.unknown()) {
                record.unknown("no Autodiscover candidate answered with ActiveSync settings", "check that the"
                        + " Autodiscover service answers POST /Autodiscover/Autodiscover.xml on the SRV target");
            }
        } else {
            record.saw(Evidence.HTTPS, "the Exchange Autodiscover request over HTTPS was not made (skipped): "
                    + walk.settings.httpsSkippedBecause());
        }
        String found = url == null ? "finds Exchange through the SRV record (the HTTPS part was skipped)"
                : "gets the ActiveSync URL " + url;
        return record.result("Secure Mail takes " + walk.target.address() + " from Secure Hub and " + found);
    }

    private static String mobileSync(DiscoveryReport report) {
        for (DiscoveryTrace trace : report.traces()) {
            for (DiscoveredValue value : trace.results()) {
                if ("MobileSync".equalsIgnoreCase(value.kind())) {
                    return value.value();
                }
            }
        }
        return null;
    }
}
