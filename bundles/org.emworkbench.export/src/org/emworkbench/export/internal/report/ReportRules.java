/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleRegistry;

/** The validation rules a report reads what Secure Mail SSO needs from. */
final class ReportRules {

    private ReportRules() {
    }

    /**
     * @return the rules contributed in the running platform; none outside OSGi, where the report then marks
     *         no property as needed and says so
     */
    static List<RuleDescriptor> fromPlatform() {
        return Platform.getExtensionRegistry() == null ? List.of() : RuleRegistry.fromPlatform().rules();
    }
}
