/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.util.List;
import java.util.Objects;

/** What an Autodiscover POX answer says ([MS-ASCMD] §2.2.3.1, mobilesync response schema). */
public sealed interface PoxResponse {

    /**
     * {@code Action/Settings}: the servers the client should use.
     *
     * @param servers every {@code Server}, in document order
     */
    record Settings(List<Server> servers) implements PoxResponse {
        /** Copies the list. */
        public Settings {
            servers = List.copyOf(servers);
        }
    }

    /**
     * {@code Action/Redirect} (or {@code RedirectAddr}/{@code RedirectUrl}): ask again elsewhere.
     *
     * @param target an email address to restart discovery with, or an {@code https} URL to ask next
     */
    record Redirect(String target) implements PoxResponse {
        /** Checks that the target is there. */
        public Redirect {
            Objects.requireNonNull(target, "target");
        }

        /** @return whether the target is an address (restart with its domain) rather than a URL */
        public boolean isAddress() {
            return !target.contains("://") && target.contains("@");
        }
    }

    /**
     * {@code Action/Error}, {@code Response/Error} or the outer schema's {@code Response/Error}.
     *
     * @param code    {@code ErrorCode} or {@code Status}, or empty
     * @param message {@code Message}, or empty
     * @param form    which form it came in, e.g. {@code Action/Error}
     */
    record Error(String code, String message, String form) implements PoxResponse {
    }

    /**
     * One {@code Settings/Server}.
     *
     * @param type e.g. {@code MobileSync} or {@code CertEnroll}
     * @param url  its URL
     * @param name its name, or empty
     */
    record Server(String type, String url, String name) {
    }
}
