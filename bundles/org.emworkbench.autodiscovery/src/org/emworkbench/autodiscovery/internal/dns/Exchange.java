/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.TraceScope;
import org.xbill.DNS.Name;

/**
 * Asks one question and records, as steps in the given scope, how the answer
 * was obtained. Implementations are thread-safe.
 */
interface Exchange {

    /**
     * @param name    the name asked
     * @param type    the type asked
     * @param dnssec  whether to ask for DNSSEC records, to be checked by the caller
     * @param scope   where the steps go
     * @param monitor cancellation
     * @return the response (NOERROR or NXDOMAIN) or why there is none
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    Reply exchange(Name name, int type, boolean dnssec, TraceScope scope, IProgressMonitor monitor);
}
