/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.registry;

import java.util.List;
import java.util.function.Supplier;

import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.Transport;
import org.emworkbench.autodiscovery.internal.claim.AutoDiscoveryClaimProvider;
import org.emworkbench.autodiscovery.internal.dns.SrvRecordProvider;
import org.emworkbench.autodiscovery.internal.exchange.ExchangeAutodiscoverProvider;

/**
 * The built-in providers without the extension registry, for plain-Java use
 * and tests. Ids, names and order match {@code plugin.xml}; a test keeps the
 * two in step.
 */
public final class BuiltInProviders implements ProviderRegistry {

    /** Id of the Citrix AutoDiscovery claim provider. */
    public static final String CLAIM = "org.emworkbench.autodiscovery.citrixClaim";
    /** Id of the SRV record provider. */
    public static final String SRV = "org.emworkbench.autodiscovery.dnsSrv";
    /** Id of the Exchange Autodiscover provider. */
    public static final String EXCHANGE = "org.emworkbench.autodiscovery.exchangePox";

    private static final String BUNDLE = "org.emworkbench.autodiscovery";

    private final List<ProviderDescriptor> providers = List.of(
            new ProviderDescriptor(CLAIM, "Citrix AutoDiscovery claim (DNS TXT)",
                    "Checks that the domain publishes the TXT claim token of its Citrix AutoDiscovery registration.",
                    Transport.DNS, 100, BUNDLE, once(AutoDiscoveryClaimProvider::new)),
            new ProviderDescriptor(SRV, "Exchange Autodiscover SRV record (DNS)",
                    "Looks up _autodiscover._tcp.<domain> and checks the records the way mail clients use them.",
                    Transport.DNS, 200, BUNDLE, once(SrvRecordProvider::new)),
            new ProviderDescriptor(EXCHANGE, "Exchange Autodiscover (HTTPS, POX)",
                    "Tries the Autodiscover candidates in MS-OXDISCO order with the mobilesync schema, without credentials.",
                    Transport.HTTP, 300, BUNDLE, once(ExchangeAutodiscoverProvider::new)));

    @Override
    public List<ProviderDescriptor> providers() {
        return providers;
    }

    @Override
    public List<String> contributionProblems() {
        return List.of();
    }

    /**
     * @param factory makes a provider
     * @return a supplier that makes it on first use and then returns the same instance
     */
    public static Supplier<AutodiscoveryProvider> once(Supplier<? extends AutodiscoveryProvider> factory) {
        return new Supplier<>() {
            private AutodiscoveryProvider instance;

            @Override
            public synchronized AutodiscoveryProvider get() {
                if (instance == null) {
                    instance = factory.get();
                }
                return instance;
            }
        };
    }
}
