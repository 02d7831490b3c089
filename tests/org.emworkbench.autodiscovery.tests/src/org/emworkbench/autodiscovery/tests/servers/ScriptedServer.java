/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLSession;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsExchange;

/**
 * An HTTP(S) server on a free loopback port that answers from a script and
 * records every request it gets. Several host names share the one port: a
 * request is routed by its {@code Host} header (without the port) and its
 * path. Routes are looked up as (host, path), then (host, any path), then
 * (any host, path); a request nothing matches gets {@code 404}.
 */
public abstract class ScriptedServer implements AutoCloseable {

    /** Stands for "any host" or "any path" in a route. */
    public static final String ANY = "*";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final HttpServer server;
    private final Map<String, Answer> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    /** @param server a created, not yet started server; this class adds its handler and starts it */
    protected ScriptedServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the port the server listens on, on 127.0.0.1 */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return the address the server listens on */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * @param host   a host name, or {@link #ANY}
     * @param path   a path such as {@code /Autodiscover/Autodiscover.xml}, or {@link #ANY}; compared ignoring case,
     *               as IIS does
     * @param answer how to answer requests for it; replaces an earlier answer of the same route
     */
    public void answer(String host, String path, Answer answer) {
        routes.put(key(host, path), answer);
    }

    /** @param host a host name @param reply what to answer every request for it, whatever the path */
    public void answer(String host, ScriptedReply reply) {
        answer(host, ANY, Answer.always(reply));
    }

    /** @return every request received so far, in order of arrival */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** @param host a host name @return the requests whose {@code Host} header named it */
    public List<RecordedRequest> requestsTo(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return requests.stream().filter(request -> request.host().equals(name)).toList();
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach(
                    (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            String host = headers.getOrDefault("host", List.of("")).get(0).toLowerCase(Locale.ROOT);
            host = host.startsWith("[") || host.indexOf(':') < 0 ? host : host.substring(0, host.indexOf(':'));
            RecordedRequest request = new RecordedRequest(SEQUENCE.incrementAndGet(), exchange.getRequestMethod(), host,
                    sni(exchange), exchange.getRequestURI().toString(), headers, body);
            requests.add(request);
            send(exchange, route(host, exchange.getRequestURI().getPath()).reply(request));
        }
    }

    private Answer route(String host, String path) {
        for (String key : List.of(key(host, path), key(host, ANY), key(ANY, path))) {
            Answer answer = routes.get(key);
            if (answer != null) {
                return answer;
            }
        }
        return Answer.always(ScriptedReply.status(404));
    }

    private static void send(HttpExchange exchange, ScriptedReply reply) throws IOException {
        reply.headers().forEach(header -> exchange.getResponseHeaders().add(header.getKey(), header.getValue()));
        byte[] body = reply.body();
        // The JDK server sends a length of 0 as chunked and -1 as "no body".
        exchange.sendResponseHeaders(reply.status(), reply.chunked() ? 0 : body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String sni(HttpExchange exchange) {
        if (exchange instanceof HttpsExchange https) {
            SSLSession session = https.getSSLSession();
            if (session instanceof ExtendedSSLSession extended) {
                for (SNIServerName name : extended.getRequestedServerNames()) {
                    if (name instanceof SNIHostName hostName) {
                        return hostName.getAsciiName();
                    }
                }
            }
        }
        return "";
    }

    private static String key(String host, String path) {
        return host.toLowerCase(Locale.ROOT) + " " + path.toLowerCase(Locale.ROOT);
    }
}
