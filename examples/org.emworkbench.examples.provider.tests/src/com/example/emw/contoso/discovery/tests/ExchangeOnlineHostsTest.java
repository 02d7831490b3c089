/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.example.emw.contoso.discovery.ExchangeOnlineHosts;

/** The list of Exchange Online hosts is data read from the plug-in, not code. */
class ExchangeOnlineHostsTest {

    @Test
    void theBundledListIsReadFromThePlugin() {
        ExchangeOnlineHosts hosts = ExchangeOnlineHosts.bundled();
        assertTrue(hosts.contains("autodiscover.outlook.com"), hosts.hosts()::toString);
        assertTrue(hosts.contains("Autodiscover.Partner.Outlook.CN."), "compared as DNS names are");
        assertFalse(hosts.contains("outlook.com"), "only the listed hosts, not their parents");
    }

    @Test
    void commentsAndBlankLinesAreNotHosts() throws IOException {
        ExchangeOnlineHosts hosts = ExchangeOnlineHosts.read(new StringReader("""
                # a comment
                autodiscover.example.test   # after a host

                Second.Example.Test.
                """));
        assertEquals(Set.of("autodiscover.example.test", "second.example.test"), hosts.hosts());
    }
}
