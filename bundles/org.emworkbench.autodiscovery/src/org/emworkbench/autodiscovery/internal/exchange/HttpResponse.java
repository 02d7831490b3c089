/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A complete HTTP response as {@link HttpResponseReader} read it.
 *
 * @param status     the status code
 * @param statusLine the status line as received, e.g. {@code HTTP/1.1 302 Found}
 * @param headers    every header, keyed by lower-case name, values in the order received
 * @param body       the body with any chunked transfer coding removed; at most {@link HttpResponseReader#BODY_LIMIT}
 *                   bytes
 */
public record HttpResponse(int status, String statusLine, Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers and the body. */
    public HttpResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /** @param name a header name, any case @return its values, empty when absent */
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** @param name a header name, any case @return its first value */
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the status line without the protocol version, e.g. {@code 302 Found} */
    public String statusText() {
        int space = statusLine.indexOf(' ');
        return space < 0 ? Integer.toString(status) : statusLine.substring(space + 1);
    }
}
