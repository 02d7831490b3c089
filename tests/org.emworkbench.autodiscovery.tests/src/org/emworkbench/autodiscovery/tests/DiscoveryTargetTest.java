/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.junit.jupiter.api.Test;

class DiscoveryTargetTest {

    @Test
    void anAddressKeepsItsLocalPartAndNormalizesTheDomain() {
        DiscoveryTarget target = DiscoveryTarget.parse("  Alice@Contoso.COM. ");
        assertEquals("Alice", target.localPart());
        assertEquals("contoso.com", target.domain());
        assertEquals("Alice@contoso.com", target.address());
    }

    @Test
    void aBareDomainHasNoAddress() {
        DiscoveryTarget target = DiscoveryTarget.parse("fabrikam.com");
        assertNull(target.address());
        assertEquals("fabrikam.com", target.toString());
    }

    @Test
    void anInternationalizedDomainIsKeptInItsAsciiForm() {
        assertEquals("xn--mller-kva.de", DiscoveryTarget.parse("bob@müller.de").domain());
    }

    @Test
    void malformedInputSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscoveryTarget.parse("@contoso.com"))
                .getMessage().contains("nothing before '@'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscoveryTarget.parse("alice@contoso..com"))
                .getMessage().contains("empty label"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscoveryTarget.parse("alice@contoso.c_m!"))
                .getMessage().contains("not a valid domain label"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscoveryTarget.parse("  "))
                .getMessage().contains("empty"));
    }
}
