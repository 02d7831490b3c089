/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.TraceRecorder;

/** SCAFFOLD: being written. */
public final class SrvRecordProvider implements AutodiscoveryProvider {

    @Override
    public void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace, IProgressMonitor monitor) {
        throw new UnsupportedOperationException("SrvRecordProvider is being written");
    }
}
