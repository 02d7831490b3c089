/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.Objects;

import org.xbill.DNS.Message;

/**
 * How asking the servers one question ended: a response that says what is
 * there (NOERROR or NXDOMAIN), or why there is none.
 *
 * @param response the response, or {@code null} when no server gave a usable one
 * @param failure  {@link LookupStatus#TIMEOUT}, {@link LookupStatus#FAILED} or (after DNSSEC validation)
 *                 {@link LookupStatus#BOGUS} without a response, else {@code null}
 * @param reason   why there is no response, for people; empty with a response
 */
record Reply(Message response, LookupStatus failure, String reason) {

    /** Checks that exactly one of response and failure is there. */
    Reply {
        if ((response == null) == (failure == null)) {
            throw new IllegalArgumentException("a reply has either a response or a failure");
        }
        Objects.requireNonNull(reason, "reason");
    }

    /** @param response a NOERROR or NXDOMAIN response @return a reply with it */
    static Reply answered(Message response) {
        return new Reply(response, null, "");
    }

    /** @param failure TIMEOUT, FAILED or BOGUS @param reason why @return a reply without a response */
    static Reply failed(LookupStatus failure, String reason) {
        return new Reply(null, failure, reason);
    }

    /** @return whether a server answered */
    boolean isAnswered() {
        return response != null;
    }
}
