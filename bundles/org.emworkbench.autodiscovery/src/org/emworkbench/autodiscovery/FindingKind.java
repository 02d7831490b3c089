/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

/**
 * The findings of the built-in providers, with their stable ids, default
 * severities and the fix each one calls for. The ids never change meaning; the
 * pages in {@code docs/autodiscovery-findings.md} explain each one.
 *
 * @since 0.1
 */
public enum FindingKind {
    /** No {@code _autodiscover._tcp} SRV record for the mail domain. */
    AD_001("AD-001", Severity.ERROR,
            "Publish an SRV record _autodiscover._tcp.<domain> with port 443 and your Exchange (CAS) host as target."),
    /** The SRV target is outside the mail domain, so clients prompt the user before using it. */
    AD_002("AD-002", Severity.WARNING,
            "Point the SRV record at a host inside the mail domain, or tell users to expect and accept the redirect prompt."),
    /** A candidate at {@code autodiscover.<public suffix>}: the 2021 credential leak. */
    AD_003("AD-003", Severity.ERROR,
            "Never use autodiscover.<public suffix>: it belongs to whoever registered it. Block such names at the firewall or DNS and fix the record or redirect that leads there."),
    /** An SRV record with a port other than 443. */
    AD_004("AD-004", Severity.ERROR,
            "Set the SRV record's port to 443: mail clients build https://<target>/Autodiscover/Autodiscover.xml and ignore other ports."),
    /** The SRV target is {@code .}: the service is declared not available. */
    AD_005("AD-005", Severity.ERROR,
            "Replace the '.' target with the FQDN of the Exchange (CAS) host, or remove the record if Autodiscover really is not offered."),
    /** DNSSEC validation of the answer failed. */
    AD_006("AD-006", Severity.ERROR,
            "Fix the zone's DNSSEC signatures (re-sign, check the DS record at the parent); validating resolvers refuse bogus answers."),
    /** The live answer differs from what the model expects. */
    AD_007("AD-007", Severity.ERROR,
            "Make DNS (or the server) publish what the model expects, or correct the model if the live answer is the intended one."),
    /** The Autodiscover service answered with an error, a redirect loop or too many redirects. */
    AD_008("AD-008", Severity.ERROR,
            "Fix the Autodiscover service or its redirects so that the first candidate answers with Settings for the mobilesync schema."),
    /** TLS failed: untrusted certificate, expired, or a host name the certificate does not name. */
    AD_009("AD-009", Severity.ERROR,
            "Install a certificate from a trusted CA that names this host (subjectAltName), with its full chain."),
    /** The Citrix AutoDiscovery TXT claim token is not published. */
    AD_010("AD-010", Severity.ERROR,
            "Publish the claim token from the Citrix AutoDiscovery request as a TXT record of the domain."),
    /** The resolver timed out or answered SERVFAIL: the answer is unknown. */
    AD_011("AD-011", Severity.UNKNOWN,
            "Check that the DNS server is reachable and answers for this zone, then run discovery again.");

    private final String id;
    private final Severity severity;
    private final String fix;

    FindingKind(String id, Severity severity, String fix) {
        this.id = id;
        this.severity = severity;
        this.fix = fix;
    }

    /** @return the stable id, e.g. {@code AD-001} */
    public String id() {
        return id;
    }

    /** @return the default severity */
    public Severity severity() {
        return severity;
    }

    /** @return what to do about it */
    public String fix() {
        return fix;
    }

    /**
     * @param subject what the finding is about
     * @param message what was found
     * @return a finding of this kind with its default severity and fix
     */
    public DiscoveryFinding on(String subject, String message) {
        return new DiscoveryFinding(id, severity, subject, message, fix);
    }

    /**
     * @param id an id such as {@code AD-004}
     * @return the kind with that id, or {@code null}
     */
    public static FindingKind byId(String id) {
        for (FindingKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
