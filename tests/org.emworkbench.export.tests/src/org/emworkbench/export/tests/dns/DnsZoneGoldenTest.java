/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.dns;

import org.emworkbench.export.internal.dns.DnsZoneFormat;
import org.emworkbench.export.tests.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dns-zone on the examples, byte for byte against golden/dns-zone. */
class DnsZoneGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = { "contoso", "broken-srv-record", "broken-autodiscovery-registration" })
    void matchesTheGoldenFiles(String model) {
        Golden.check(DnsZoneFormat.ID, model,
                Golden.render(Golden.example("contoso/" + model + ".emw"), new DnsZoneFormat()));
    }
}
