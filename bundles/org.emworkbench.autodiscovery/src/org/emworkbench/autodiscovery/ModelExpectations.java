/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;

/**
 * Reads what a deployment model expects of each mail domain: the mail domains
 * of its Exchange organization and the domains of its Citrix AutoDiscovery
 * registrations.
 *
 * @since 0.1
 */
public final class ModelExpectations {

    private ModelExpectations() {
    }

    /**
     * @param deployment a model
     * @return one expectation per domain, in model order, keyed by the normalized domain; names that are not
     *         domain names are left out (the offline rules report them)
     */
    public static Map<String, DomainExpectation> of(Deployment deployment) {
        Map<String, List<ExpectedSrvRecord>> srv = new LinkedHashMap<>();
        Map<String, String> claims = new LinkedHashMap<>();
        ExchangeOrganization exchange = deployment.getExchange();
        String activeSyncUrl = exchange == null ? null : blankToNull(exchange.getActiveSyncUrl());
        if (exchange != null) {
            for (MailDomain mailDomain : exchange.getMailDomains()) {
                String domain = normalized(mailDomain.getName());
                if (domain != null) {
                    List<ExpectedSrvRecord> records = srv.computeIfAbsent(domain, key -> new ArrayList<>());
                    for (SrvRecord record : mailDomain.getExpectedSrvRecords()) {
                        if (record.getTarget() != null && !record.getTarget().isBlank()) {
                            records.add(new ExpectedSrvRecord(record.getPriority(), record.getWeight(),
                                    record.getPort(), record.getTarget()));
                        }
                    }
                }
            }
        }
        if (deployment.getEnrollment() != null) {
            for (AutoDiscoveryRegistration registration : deployment.getEnrollment().getAutoDiscoveryRegistrations()) {
                String domain = normalized(registration.getDomain());
                if (domain != null) {
                    srv.computeIfAbsent(domain, key -> new ArrayList<>());
                    String token = blankToNull(registration.getClaimToken());
                    if (token != null) {
                        claims.put(domain, token.strip());
                    }
                }
            }
        }
        Map<String, DomainExpectation> expectations = new LinkedHashMap<>();
        srv.forEach((domain, records) -> expectations.put(domain,
                new DomainExpectation(domain, records, claims.get(domain), activeSyncUrl)));
        return expectations;
    }

    private static String normalized(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return DiscoveryTarget.domainName(name.strip(), name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
