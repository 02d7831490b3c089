/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.List;

import org.emworkbench.directory.internal.HostNames;
import org.emworkbench.directory.tests.servers.TestLdapCa;
import org.junit.jupiter.api.Test;

/** The host-name check EMW adds to UnboundID's, after RFC 6125. */
class HostNamesTest {

    private static final TestLdapCa CA = TestLdapCa.create();

    private static X509Certificate certificate(String commonName, List<String> dnsNames, List<String> addresses) {
        return CA.issue(commonName, dnsNames, addresses).certificate();
    }

    @Test
    void addressesMatchOnlyIpEntries() {
        X509Certificate certificate = certificate("dc1.contoso.test", List.of("dc1.contoso.test"), List.of("10.0.0.5", "::1"));
        assertTrue(HostNames.matches("10.0.0.5", certificate));
        assertTrue(HostNames.matches("::1", certificate));
        assertTrue(HostNames.matches("[0:0:0:0:0:0:0:1]", certificate));
        assertFalse(HostNames.matches("127.0.0.1", certificate), "a loopback address is no exception");
        assertFalse(HostNames.matches("10.0.0.6", certificate));
    }

    @Test
    void namesMatchDnsEntriesIgnoringCaseAndTheFinalDot() {
        X509Certificate certificate = certificate("dc1.contoso.test", List.of("dc1.contoso.test"), List.of());
        assertTrue(HostNames.matches("DC1.Contoso.Test.", certificate));
        assertFalse(HostNames.matches("dc2.contoso.test", certificate));
        assertFalse(HostNames.matches("contoso.test", certificate));
        assertFalse(HostNames.matches("10.0.0.5", certificate));
    }

    @Test
    void aWildcardStandsForOneWholeLabel() {
        X509Certificate certificate = certificate("*.contoso.test", List.of("*.contoso.test"), List.of());
        assertTrue(HostNames.matches("dc1.contoso.test", certificate));
        assertFalse(HostNames.matches("a.dc1.contoso.test", certificate));
        assertFalse(HostNames.matches("contoso.test", certificate));
        X509Certificate tooWide = certificate("*.test", List.of("*.test"), List.of());
        assertFalse(HostNames.matches("contoso.test", tooWide), "a wildcard needs two labels after it");
        assertFalse(HostNames.matches("dc1.contoso.test", tooWide));
    }

    @Test
    void theCommonNameCountsOnlyWithoutDnsEntries() {
        assertTrue(HostNames.matches("dc1.contoso.test", certificate("dc1.contoso.test", List.of(), List.of())));
        assertFalse(HostNames.matches("dc1.contoso.test",
                certificate("dc1.contoso.test", List.of("dc9.contoso.test"), List.of())));
    }
}
