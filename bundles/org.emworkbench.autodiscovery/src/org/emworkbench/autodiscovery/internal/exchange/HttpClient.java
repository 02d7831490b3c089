/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.regex.Pattern;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceScope;

/**
 * A minimal HTTP/1.1 client over plain sockets, so that each connection goes
 * to the address discovery's own resolver returned and never to one the
 * system resolver picks, while TLS still checks the certificate against the
 * host name ({@link TlsConnector}). One request per connection
 * ({@code Connection: close}); no credentials, no cookies, no redirects
 * followed here (the caller decides about each).
 * <p>
 * Each request is a {@link StepKind#HTTP} step titled like
 * {@code POST https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml (192.0.2.10:443)}, with a TLS step
 * inside for HTTPS and the status line and the headers that matter to discovery as details. Thread-safe.
 */
public final class HttpClient {

    /** The response headers the trace shows; the others say nothing about discovery. */
    private static final List<String> SHOWN_HEADERS = List.of("Location", "X-MS-Location", "WWW-Authenticate",
            "Content-Type");

    /** The {@code user:password@} of a URL in a header; a password must never reach the trace. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/?#@\\s]*@");

    private final DiscoverySettings settings;
    private final TlsConnector tls;

    /**
     * @param settings timeouts and the default ports of URLs that name none
     * @param trust    the CAs HTTPS servers are checked against
     */
    public HttpClient(DiscoverySettings settings, TlsTrust trust) {
        this.settings = settings;
        this.tls = new TlsConnector(trust, settings.connectTimeout());
    }

    /**
     * @param request the request
     * @return the port it goes to: the URL's own, else {@link DiscoverySettings#httpsPort()} or
     *         {@link DiscoverySettings#httpPort()}
     */
    public int portOf(HttpRequest request) {
        int port = request.url().getPort();
        return port != -1 ? port : request.secure() ? settings.httpsPort() : settings.httpPort();
    }

    /**
     * Sends the request to one address and reads the whole response.
     *
     * @param request the request
     * @param address where to connect, as discovery's resolver returned it for the URL's host
     * @param scope   where the request's step goes
     * @return the outcome; an {@link HttpResult.Answered} carries its step still running
     */
    public HttpResult send(HttpRequest request, InetAddress address, TraceScope scope) {
        int port = portOf(request);
        TraceRecorder.Step step = scope.begin(StepKind.HTTP,
                request.method() + " " + request.url() + " (" + endpoint(address, port) + ")");
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), timeoutMillis(settings.connectTimeout().toMillis()));
        } catch (SocketTimeoutException e) {
            return unreachable(step, socket, "no TCP connection within " + settings.connectTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return unreachable(step, socket, "TCP connection failed: " + e.getMessage());
        }
        if (request.secure()) {
            try {
                socket = tls.handshake(socket, request.host(), port, step);
            } catch (TlsConnector.TlsFailure e) {
                step.finish(StepStatus.FAILED, "TLS failed: " + e.getMessage());
                return new HttpResult.TlsRefused(e.getMessage());
            } catch (IOException e) {
                return unreachable(step, socket, e.getMessage());
            }
        }
        try (Socket open = socket) {
            return exchange(request, port, open, step);
        } catch (HttpProtocolException e) {
            step.finish(StepStatus.FAILED, e.getMessage());
            return new HttpResult.Broken(e.getMessage());
        } catch (SocketTimeoutException e) {
            return unreachable(step, socket, "no complete response within " + settings.readTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return unreachable(step, socket, "the connection failed: " + e.getMessage());
        }
    }

    private HttpResult exchange(HttpRequest request, int port, Socket socket, TraceRecorder.Step step)
            throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.head(port));
        out.write(request.body());
        out.flush();
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        HttpResponse response = HttpResponseReader
                .read(new BufferedInputStream(new DeadlineInputStream(socket, deadline)));
        step.detail(response.statusLine());
        for (String name : SHOWN_HEADERS) {
            response.headers(name).forEach(value -> step.detail(name + ": " + USER_INFO.matcher(value).replaceAll("")));
        }
        step.detail("body: " + response.body().length + " bytes");
        return new HttpResult.Answered(response, step);
    }

    private static HttpResult unreachable(TraceRecorder.Step step, Socket socket, String reason) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a connection that failed can fail too; nothing more to learn from it.
        }
        step.finish(StepStatus.UNKNOWN, reason);
        return new HttpResult.Unreachable(reason, StepStatus.UNKNOWN);
    }

    /** @param address an address @param port a port @return {@code 192.0.2.1:443} or {@code [2001:db8::1]:443} */
    static String endpoint(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }

    private static int timeoutMillis(long millis) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }

    /**
     * Bounds the whole response, not each read: before every read the socket's
     * timeout is set to what is left until the deadline, so a server that
     * trickles bytes cannot hold discovery longer than the read timeout.
     */
    private static final class DeadlineInputStream extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInputStream(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            arm();
            return in.read(buffer, offset, length);
        }

        private void arm() throws IOException {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("the read timeout has passed");
            }
            socket.setSoTimeout(timeoutMillis(left));
        }
    }
}
