/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.Locale;
import java.util.Optional;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.net.InternetDomainName;

/**
 * Where a domain's owner ends and the public begins, from the Public Suffix
 * List as maintained in Guava's {@link InternetDomainName} (ICANN and private
 * sections). This is what keeps discovery from ever building
 * {@code autodiscover.com.br}: the 2021 "Great Leak" came from clients that
 * stripped labels off the user's domain until they left it.
 *
 * @since 0.1
 */
public final class PublicSuffixes {

    private static final String AUTODISCOVER = "autodiscover.";

    /**
     * Registrable domains of the hosts seen most recently. A bulk run asks about
     * the same few SRV targets (a hosted Exchange serves thousands of domains)
     * again and again, and each question walks the whole list.
     */
    private static final LoadingCache<String, Optional<String>> REGISTRABLE = CacheBuilder.newBuilder()
            .maximumSize(4096).build(CacheLoader.from(PublicSuffixes::findRegistrableDomain));

    private PublicSuffixes() {
    }

    /**
     * @param host a host or domain name, absolute or not, any case
     * @return the name lower case without a trailing dot
     */
    public static String normalized(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * @param host a host or domain name
     * @return whether it is itself a public suffix (e.g. {@code com}, {@code co.uk}, {@code github.io})
     */
    public static boolean isPublicSuffix(String host) {
        return parse(host).map(InternetDomainName::isPublicSuffix).orElse(false);
    }

    /**
     * @param host a host or domain name
     * @return the registrable domain it belongs to (e.g. {@code contoso.co.uk} for
     *         {@code mail.contoso.co.uk}), or empty when it is a public suffix or not under one
     */
    public static Optional<String> registrableDomain(String host) {
        return REGISTRABLE.getUnchecked(normalized(host));
    }

    private static Optional<String> findRegistrableDomain(String host) {
        return parse(host).filter(InternetDomainName::isUnderPublicSuffix)
                .map(name -> name.topPrivateDomain().toString());
    }

    /**
     * The pattern of the 2021 leak: {@code autodiscover.} directly in front of a
     * public suffix, a name anyone can register.
     *
     * @param host a host name
     * @return whether it is {@code autodiscover.<public suffix>}
     */
    public static boolean isAutodiscoverAtPublicSuffix(String host) {
        String name = normalized(host);
        return name.startsWith(AUTODISCOVER) && isPublicSuffix(name.substring(AUTODISCOVER.length()));
    }

    /**
     * @param host   a host name
     * @param domain a domain
     * @return whether the host is the domain or a name under it
     */
    public static boolean isWithin(String host, String domain) {
        String name = normalized(host);
        String parent = normalized(domain);
        return name.equals(parent) || name.endsWith("." + parent);
    }

    /**
     * @param host   a host name
     * @param domain a domain
     * @return whether both belong to the same registrable domain (so one owner controls both)
     */
    public static boolean sameRegistrableDomain(String host, String domain) {
        Optional<String> hostOwner = registrableDomain(host);
        return hostOwner.isPresent() && hostOwner.equals(registrableDomain(domain));
    }

    private static Optional<InternetDomainName> parse(String host) {
        String name = normalized(host);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InternetDomainName.from(name));
        } catch (IllegalArgumentException notADomainName) {
            return Optional.empty();
        }
    }
}
