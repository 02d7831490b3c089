/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.util.Optional;

import org.emworkbench.autodiscovery.PublicSuffixes;

/**
 * Which names discovery must never contact, because nobody in particular owns
 * them: {@code autodiscover.<public suffix>} (the 2021 leak) and public suffixes
 * themselves. The Public Suffix List comes from Guava through
 * {@link PublicSuffixes}; names it does not know (e.g. {@code contoso.test} in a
 * lab) are not public suffixes.
 */
public final class HostSafety {

    private HostSafety() {
    }

    /**
     * @param host a host name from a candidate, a redirect or an SRV record
     * @return why it must not be contacted (finding AD-003), or empty when it may be
     */
    public static Optional<String> refusal(String host) {
        String name = PublicSuffixes.normalized(host);
        if (PublicSuffixes.isAutodiscoverAtPublicSuffix(name)) {
            return Optional.of(name + " is autodiscover.<public suffix>: it belongs to whoever registers it, not to the"
                    + " mail domain's owner, and clients that asked it leaked credentials in 2021");
        }
        if (PublicSuffixes.isPublicSuffix(name)) {
            return Optional.of(name + " is a public suffix: anyone can register names under it and nobody owns it");
        }
        return Optional.empty();
    }

    /**
     * The rule that keeps the candidate builder below the registrable domain:
     * candidates are built from the mail domain and {@code autodiscover.} in
     * front of it, so the mail domain must be a name somebody owns.
     *
     * @param domain a mail domain
     * @return why no candidate may be built from it (finding AD-003), or empty when candidates may be built
     */
    public static Optional<String> domainRefusal(String domain) {
        String name = PublicSuffixes.normalized(domain);
        if (PublicSuffixes.isPublicSuffix(name)) {
            return Optional.of(name + " is a public suffix, not a domain somebody owns: https://" + name
                    + "/… and https://autodiscover." + name + "/… would belong to whoever registers them, so no"
                    + " candidate is built");
        }
        if (!name.contains(".")) {
            return Optional.of(name + " is a single-label name: autodiscover." + name
                    + " would sit directly below a top-level name nobody in particular owns, so no candidate is built");
        }
        return refusal(name);
    }

    /**
     * @param host   a host a redirect leads to
     * @param domain the mail domain
     * @return whether the same owner controls both: the host is in the domain, or both share a registrable domain
     */
    public static boolean sameOwner(String host, String domain) {
        return PublicSuffixes.isWithin(host, domain) || PublicSuffixes.sameRegistrableDomain(host, domain);
    }
}
