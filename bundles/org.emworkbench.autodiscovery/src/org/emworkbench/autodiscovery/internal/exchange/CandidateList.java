/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emworkbench.autodiscovery.internal.dns.SrvTarget;

/**
 * The candidate URLs of a mail domain in [MS-OXDISCO] §3.1.5 order: the two
 * domain-based HTTPS URLs, the HTTP redirect check, then one HTTPS URL per SRV
 * record. Candidates are only ever built from the domain itself and
 * {@code autodiscover.} in front of it, never from a parent: no label is ever
 * stripped. A domain that nobody owns ({@link HostSafety#domainRefusal}) gets
 * no candidate at all.
 */
public final class CandidateList {

    /** The path every Autodiscover candidate has. */
    public static final String PATH = "/Autodiscover/Autodiscover.xml";
    private static final int HTTPS_DEFAULT = 443;

    private final String domain;
    private final Optional<String> refusal;

    private CandidateList(String domain, Optional<String> refusal) {
        this.domain = domain;
        this.refusal = refusal;
    }

    /** @param domain a mail domain, lower-case ASCII @return its candidates */
    public static CandidateList forDomain(String domain) {
        return new CandidateList(domain, HostSafety.domainRefusal(domain));
    }

    /** @return the mail domain */
    public String domain() {
        return domain;
    }

    /** @return why no candidate is built for this domain (AD-003), or empty */
    public Optional<String> refusal() {
        return refusal;
    }

    /** @return candidates 1 and 2, the HTTPS URLs made from the domain; empty when refused */
    public List<Candidate> domainCandidates() {
        if (refusal.isPresent()) {
            return List.of();
        }
        return List.of(new Candidate(https(domain, HTTPS_DEFAULT), CandidateOrigin.DOMAIN, false, ""),
                new Candidate(https("autodiscover." + domain, HTTPS_DEFAULT), CandidateOrigin.AUTODISCOVER_HOST,
                        false, ""));
    }

    /** @return candidate 3, the unauthenticated HTTP GET redirect check; empty when refused */
    public Optional<Candidate> redirectCheck() {
        return refusal.isPresent() ? Optional.empty()
                : Optional.of(new Candidate(URI.create("http://autodiscover." + domain + PATH),
                        CandidateOrigin.REDIRECT_CHECK, false, ""));
    }

    /**
     * @param records the SRV records in the order clients try them
     * @return one candidate per record, in that order, the record's port in the URL unless it is 443; records whose
     *         target is {@code .} (no service) are left out; empty when refused. A candidate may still name a host
     *         that must not be contacted: check {@link HostSafety#refusal} before sending.
     */
    public List<Candidate> srvCandidates(List<SrvTarget> records) {
        List<Candidate> candidates = new ArrayList<>();
        if (refusal.isPresent()) {
            return candidates;
        }
        for (SrvTarget record : records) {
            if (!record.isServiceUnavailable()) {
                candidates.add(new Candidate(https(record.host(), record.port()), CandidateOrigin.SRV, false,
                        "record " + record));
            }
        }
        return candidates;
    }

    /**
     * @param location the {@code https} Location the redirect check returned
     * @return the candidate clients add after asking the user
     */
    public static Candidate fromRedirectCheck(URI location) {
        return new Candidate(location, CandidateOrigin.REDIRECT_CHECK_LOCATION, true, "");
    }

    private static URI https(String host, int port) {
        return URI.create("https://" + host + (port == HTTPS_DEFAULT ? "" : ":" + port) + PATH);
    }
}
