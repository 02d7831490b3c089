/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.emworkbench.autodiscovery.internal.registry.ExtensionProviderRegistry;

/**
 * The providers available to a discovery run.
 *
 * @since 0.1
 */
public interface ProviderRegistry {

    /** @return the providers, in run order */
    List<ProviderDescriptor> providers();

    /** @return why contributions were left out, one sentence each naming the plug-in; empty when none were */
    List<String> contributionProblems();

    /**
     * The providers contributed to the extension point
     * {@code org.emworkbench.autodiscovery.providers} of the running platform,
     * read once, now.
     *
     * @return the registry
     * @throws IllegalStateException when no extension registry is running
     */
    static ProviderRegistry fromPlatform() {
        if (Platform.getExtensionRegistry() == null) {
            throw new IllegalStateException("no extension registry: providers are read in an OSGi runtime");
        }
        return new ExtensionProviderRegistry(Platform.getExtensionRegistry());
    }
}
