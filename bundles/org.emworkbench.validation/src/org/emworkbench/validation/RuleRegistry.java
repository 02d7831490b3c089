/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.emworkbench.validation.internal.registry.ExtensionRuleRegistry;

/**
 * The rules known to the running platform.
 *
 * @since 0.1
 */
public interface RuleRegistry {

    /** @return every valid rule, ordered by id */
    List<RuleDescriptor> rules();

    /**
     * @return one sentence for every contribution that was ignored because it
     *         is invalid (missing attribute, duplicate id, unknown target
     *         class), naming the plug-in
     */
    List<String> contributionProblems();

    /**
     * Reads the rules contributed to {@code org.emworkbench.validation.validators}
     * in the running platform. Call it once per validation session: it reads the
     * extension registry anew.
     *
     * @return the registry
     * @throws IllegalStateException when no extension registry is running
     */
    static RuleRegistry fromPlatform() {
        if (Platform.getExtensionRegistry() == null) {
            throw new IllegalStateException("no extension registry: validation rules are read in an OSGi runtime");
        }
        return new ExtensionRuleRegistry(Platform.getExtensionRegistry());
    }
}
