/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.InetAddress;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceScope;
import org.emworkbench.autodiscovery.internal.dns.AddressAnswer;
import org.emworkbench.autodiscovery.internal.dns.DnsLookups;
import org.emworkbench.autodiscovery.internal.dns.LookupStatus;

import com.google.common.net.InetAddresses;

/**
 * Sends a request to a URL's host the way a client would reach it, but through
 * discovery's own resolver: the host's addresses are looked up with
 * {@link DnsLookups} (steps in the same scope) and tried in order until one
 * accepts a connection.
 */
final class Requester {

    private final DnsLookups dns;
    private final HttpClient http;
    private final IProgressMonitor monitor;

    Requester(DnsLookups dns, HttpClient http, IProgressMonitor monitor) {
        this.dns = dns;
        this.http = http;
        this.monitor = monitor;
    }

    /**
     * @param request the request
     * @param scope   where the DNS and HTTP steps go
     * @return the outcome at the first address that could be connected to, or the last failure
     * @throws OperationCanceledException when the monitor is cancelled between addresses
     */
    HttpResult send(HttpRequest request, TraceScope scope) {
        if (InetAddresses.isInetAddress(request.host())) {
            // A URL that names an address needs no lookup; forString never asks a resolver.
            return http.send(request, InetAddresses.forString(request.host()), scope);
        }
        AddressAnswer answer = dns.addresses(request.host(), scope, monitor);
        if (answer.status() != LookupStatus.FOUND || answer.addresses().isEmpty()) {
            return new HttpResult.Unreachable(unresolved(request.host(), answer), statusOf(answer.status()));
        }
        HttpResult last = null;
        for (InetAddress address : answer.addresses()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            last = http.send(request, address, scope);
            if (!(last instanceof HttpResult.Unreachable)) {
                return last;
            }
        }
        return last;
    }

    private static String unresolved(String host, AddressAnswer answer) {
        String detail = answer.detail() == null || answer.detail().isBlank() ? "" : " (" + answer.detail() + ")";
        return switch (answer.status()) {
        case NX_DOMAIN -> host + " does not exist in DNS" + detail;
        case NO_DATA, FOUND -> host + " has no address in DNS" + detail;
        case BOGUS -> host + ": DNSSEC validation failed, so its addresses are not used" + detail;
        case FAILED, TIMEOUT -> "the addresses of " + host + " are unknown: the lookup " + answer.status()
                .name().toLowerCase(Locale.ROOT) + detail;
        };
    }

    private static StepStatus statusOf(LookupStatus status) {
        if (status.isAbsent() || status == LookupStatus.FOUND) {
            return StepStatus.ABSENT;
        }
        return status == LookupStatus.BOGUS ? StepStatus.FAILED : StepStatus.UNKNOWN;
    }
}
