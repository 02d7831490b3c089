/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery;

import org.emworkbench.autodiscovery.DiscoveryFinding;
import org.emworkbench.autodiscovery.Severity;

/**
 * The findings of {@link Microsoft365AutodiscoverProvider}, under Contoso IT's
 * own ids: {@code AD-} belongs to EMW, so a third party reports with a prefix
 * of its own through {@link DiscoveryFinding}'s public constructor.
 */
public enum AliasFinding {
    /** The alias leads outside the mail domain to a host that is not a known Exchange Online endpoint. */
    ELSEWHERE("CONTOSO-101", Severity.WARNING,
            "If the mailboxes are in Microsoft 365, make autodiscover.<domain> a CNAME of autodiscover.outlook.com;"
                    + " otherwise make sure the operator of that host is meant to receive your users' passwords and that"
                    + " its certificate names autodiscover.<domain>."),
    /** There is no autodiscover name at all. */
    NONE("CONTOSO-102", Severity.INFO,
            "If the mailboxes are in Microsoft 365, publish autodiscover.<domain> as a CNAME of"
                    + " autodiscover.outlook.com so that Outlook finds them at once."),
    /** A query got no usable answer: where the name leads is unknown. */
    UNANSWERED("CONTOSO-103", Severity.UNKNOWN,
            "Check that the DNS server is reachable and answers for the name, then run discovery again."),
    /** The alias leads to a name with no address, or round in a loop. */
    DANGLING("CONTOSO-104", Severity.WARNING,
            "Point autodiscover.<domain> at a host that exists, or remove it: a dangling alias fails every client,"
                    + " and whoever registers its target can take it over."),
    /** The alias leads to {@code autodiscover.<public suffix>}, a name anyone can register. */
    PUBLIC_SUFFIX("CONTOSO-105", Severity.ERROR,
            "Remove or correct the alias: autodiscover.<public suffix> belongs to whoever registers it, and clients"
                    + " would offer them your users' passwords."),
    /** The name is a host of its own (addresses, no alias): on-premises or hybrid Exchange. */
    OWN_HOST("CONTOSO-106", Severity.INFO,
            "Nothing to do for on-premises or hybrid Exchange; if every mailbox is in Microsoft 365, replace the"
                    + " address records with a CNAME of autodiscover.outlook.com.");

    /** The id, severity and fix; subject and message come with each finding. */
    private final DiscoveryFinding template;

    AliasFinding(String id, Severity severity, String fix) {
        template = new DiscoveryFinding(id, severity, "", "", fix);
    }

    /** @return the stable id, e.g. {@code CONTOSO-101} */
    public String id() {
        return template.id();
    }

    /**
     * @param subject the DNS name it is about
     * @param message what was found, in one sentence
     * @return the finding, with this kind's id, severity and fix
     */
    public DiscoveryFinding on(String subject, String message) {
        return new DiscoveryFinding(template.id(), template.severity(), subject, message, template.fix());
    }
}
