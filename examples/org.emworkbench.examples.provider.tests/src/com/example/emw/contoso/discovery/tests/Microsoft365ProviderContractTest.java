/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery.tests;

import org.emworkbench.autodiscovery.testkit.ProviderContractTest;

import com.example.emw.contoso.discovery.Microsoft365AutodiscoverProvider;

/** The example provider, taken from the extension registry, keeps the contract of every provider. */
class Microsoft365ProviderContractTest extends ProviderContractTest {

    @Override
    protected String providerId() {
        return Microsoft365AutodiscoverProvider.ID;
    }
}
