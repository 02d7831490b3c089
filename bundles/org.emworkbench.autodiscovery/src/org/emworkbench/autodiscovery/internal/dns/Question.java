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
 * Asks one question and says how far its answer can be trusted: as it came
 * (DNSSEC unchecked) or after validation from trust anchors.
 */
interface Question {

    /**
     * An answer with its DNSSEC state.
     *
     * @param reply  the response, or why there is none (a BOGUS failure when validation failed)
     * @param dnssec the DNSSEC state of the response
     */
    record Checked(Reply reply, DnssecStatus dnssec) {
    }

    /**
     * @param name    the name asked
     * @param type    the type asked
     * @param scope   where the steps go
     * @param monitor cancellation
     * @return the answer
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    Checked ask(Name name, int type, TraceScope scope, IProgressMonitor monitor);

    /**
     * @param exchange how to ask
     * @return questions asked without DNSSEC, every answer {@link DnssecStatus#UNCHECKED}
     */
    static Question unchecked(Exchange exchange) {
        return (name, type, scope, monitor) -> new Checked(exchange.exchange(name, type, false, scope, monitor),
                DnssecStatus.UNCHECKED);
    }
}
