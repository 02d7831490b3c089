/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.emworkbench.autodiscovery.PublicSuffixes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicSuffixesTest {

    /** Domains of the 2021 leak named in the press, and suffixes with more than one label. */
    @ParameterizedTest
    @ValueSource(strings = { "autodiscover.com.br", "Autodiscover.com.cn.", "autodiscover.es", "autodiscover.fr",
            "autodiscover.in", "autodiscover.it", "autodiscover.sg", "autodiscover.co.uk", "autodiscover.com",
            "autodiscover.github.io" })
    void autodiscoverDirectlyAtAPublicSuffixIsTheLeakPattern(String host) {
        assertTrue(PublicSuffixes.isAutodiscoverAtPublicSuffix(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = { "autodiscover.contoso.com", "autodiscover.contoso.com.br", "mail.autodiscover.com.br",
            "autodiscover.example.github.io", "com.br" })
    void autodiscoverInsideARegistrableDomainIsNot(String host) {
        assertFalse(PublicSuffixes.isAutodiscoverAtPublicSuffix(host), host);
    }

    @Test
    void theRegistrableDomainStopsAtTheSuffix() {
        assertEquals(Optional.of("contoso.co.uk"), PublicSuffixes.registrableDomain("mail.eu.contoso.co.uk."));
        assertEquals(Optional.empty(), PublicSuffixes.registrableDomain("co.uk"));
        assertTrue(PublicSuffixes.sameRegistrableDomain("mail.contoso.com.", "eu.contoso.com"));
        assertFalse(PublicSuffixes.sameRegistrableDomain("mail.contoso-hosting.net", "contoso.com"));
    }

    @Test
    void withinMeansTheDomainOrBelowItNotAMereSuffixOfTheString() {
        assertTrue(PublicSuffixes.isWithin("MAIL.contoso.com.", "contoso.com"));
        assertTrue(PublicSuffixes.isWithin("contoso.com", "contoso.com."));
        assertFalse(PublicSuffixes.isWithin("evilcontoso.com", "contoso.com"));
    }
}
