/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request a scripted server received, as it arrived.
 *
 * @param sequence order of arrival across all scripted servers of the JVM, for asserting the order of requests to
 *                 different servers
 * @param method   e.g. {@code POST}
 * @param host     the {@code Host} header without its port, lower case; empty when there was none
 * @param sni      the TLS server name the client sent, or empty (plain HTTP, or no SNI)
 * @param path     the request path with any query
 * @param headers  every header, keyed by lower-case name
 * @param body     the request body
 */
public record RecordedRequest(long sequence, String method, String host, String sni, String path,
        Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers and the body. */
    public RecordedRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** @param name a header name, any case @return its first value */
    public Optional<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
    }

    /** @return whether the request carried credentials or cookies in any form */
    public boolean carriesCredentials() {
        return headers.containsKey("authorization") || headers.containsKey("proxy-authorization")
                || headers.containsKey("cookie");
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + host + path + (sni.isEmpty() ? "" : " (SNI " + sni + ")");
    }
}
