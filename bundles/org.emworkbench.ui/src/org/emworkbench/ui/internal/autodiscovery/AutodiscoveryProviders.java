/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.internal.registry.ExtensionProviderRegistry;

/**
 * The workbench's one discovery service over the providers contributed to
 * {@value ExtensionProviderRegistry#EXTENSION_POINT}. The extension registry
 * is read on first use and never again: providers keep no state between runs,
 * and reading once means every run of a session uses the same providers.
 */
public final class AutodiscoveryProviders {

    private static AutodiscoveryService service;

    private AutodiscoveryProviders() {
    }

    /** @return the service; invalid contributions are logged once, when it is made */
    public static synchronized AutodiscoveryService service() {
        if (service == null) {
            ExtensionProviderRegistry registry = new ExtensionProviderRegistry(Platform.getExtensionRegistry());
            registry.contributionProblems().forEach(ILog.of(AutodiscoveryProviders.class)::warn);
            service = new AutodiscoveryService(registry);
        }
        return service;
    }
}
