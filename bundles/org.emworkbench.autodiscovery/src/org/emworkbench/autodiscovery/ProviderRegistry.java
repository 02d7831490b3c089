/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery;

import java.util.List;

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
}
