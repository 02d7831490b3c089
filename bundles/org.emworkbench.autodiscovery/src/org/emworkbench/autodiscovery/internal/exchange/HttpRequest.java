/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A request discovery makes. It has no way to carry headers of the caller's
 * choosing, so no request can ever carry an {@code Authorization} header or a
 * cookie: {@link HttpClient} writes the few headers it needs itself.
 *
 * @param method {@code GET} or {@code POST}
 * @param url    an absolute {@code http} or {@code https} URL with a host
 * @param body   the body of a {@code POST} ({@code text/xml}); empty for a {@code GET}
 */
public record HttpRequest(String method, URI url, byte[] body) {

    /** Checks that the URL is one discovery may request. */
    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException(url + " is not an absolute http or https URL with a host name");
        }
        body = body.clone();
    }

    /**
     * @param url an {@code https} URL
     * @param xml the POX request
     * @return a {@code POST} of the XML
     */
    public static HttpRequest post(URI url, byte[] xml) {
        return new HttpRequest("POST", url, xml);
    }

    /** @param url a URL @return a {@code GET} without a body */
    public static HttpRequest get(URI url) {
        return new HttpRequest("GET", url, new byte[0]);
    }

    /** @return whether the request goes over TLS */
    public boolean secure() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    /** @return the host of the URL, lower case, without a trailing dot, an IPv6 address without its brackets */
    public String host() {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * @param port the port the connection goes to
     * @return the request line and headers, ending with the empty line
     */
    byte[] head(int port) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        // The Host header names the port only when the URL does, as browsers and mail clients write it.
        String name = host().contains(":") ? "[" + host() + "]" : host();
        String hostHeader = url.getPort() == -1 ? name : name + ":" + port;
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(query)
                .append(" HTTP/1.1\r\n").append("Host: ").append(hostHeader).append("\r\n")
                .append("User-Agent: EMW-Autodiscovery/0.1\r\n").append("Accept: text/xml, application/xml\r\n")
                .append("Connection: close\r\n");
        if (body.length > 0 || method.equals("POST")) {
            head.append("Content-Type: text/xml; charset=utf-8\r\n").append("Content-Length: ").append(body.length)
                    .append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpRequest request && method.equals(request.method) && url.equals(request.url)
                && Arrays.equals(body, request.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, url, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
