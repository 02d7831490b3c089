/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.TraceScope;

/**
 * The DNS lookups providers share. Every query made is recorded as a step in
 * the given scope, answers from the cache included (as such). Implementations
 * are thread-safe and keep an answer cache for the run. A run closes its
 * lookups when it ends ({@link DiscoveryContext#close()}), which releases
 * their sockets and threads.
 */
public interface DnsLookups extends AutoCloseable {

    /**
     * @param context a discovery run
     * @return the run's shared lookups, made from its settings on first use
     */
    static DnsLookups of(DiscoveryContext context) {
        return context.shared(DnsLookups.class, () -> DnsClient.create(context.settings()));
    }

    /**
     * @param domain  a mail domain; {@code _autodiscover._tcp.} is put in front
     * @param scope   where the query steps go
     * @param monitor cancellation
     * @return the answer, records in client order
     */
    SrvAnswer autodiscoverSrv(String domain, TraceScope scope, IProgressMonitor monitor);

    /**
     * @param host    a host name
     * @param scope   where the query steps go
     * @param monitor cancellation
     * @return its addresses
     */
    AddressAnswer addresses(String host, TraceScope scope, IProgressMonitor monitor);

    /**
     * @param name    a domain name
     * @param scope   where the query steps go
     * @param monitor cancellation
     * @return its TXT records
     */
    TxtAnswer txt(String name, TraceScope scope, IProgressMonitor monitor);

    /** Releases what the lookups hold open; nothing by default. */
    @Override
    default void close() {
        // nothing held
    }
}
