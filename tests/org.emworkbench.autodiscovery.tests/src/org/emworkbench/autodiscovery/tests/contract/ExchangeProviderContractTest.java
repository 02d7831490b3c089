/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.contract;

import org.emworkbench.autodiscovery.internal.registry.BuiltInProviders;
import org.emworkbench.autodiscovery.testkit.ProviderContractTest;

/** The built-in provider keeps the contract plug-in authors' providers are held to. */
class ExchangeProviderContractTest extends ProviderContractTest {

    @Override
    protected String providerId() {
        return BuiltInProviders.EXCHANGE;
    }
}
