/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.emworkbench.autodiscovery.internal.exchange.HttpProtocolException;
import org.emworkbench.autodiscovery.internal.exchange.HttpResponse;
import org.emworkbench.autodiscovery.internal.exchange.HttpResponseReader;
import org.junit.jupiter.api.Test;

class HttpResponseReaderTest {

    private static HttpResponse read(String text) throws IOException {
        return HttpResponseReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aContentLengthBodyIsReadExactly() throws IOException {
        HttpResponse response = read("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 5\r\n\r\nhello-and-more");
        assertEquals(200, response.status());
        assertEquals("200 OK", response.statusText());
        assertEquals(Optional.of("text/xml"), response.header("content-type"));
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), response.body());
    }

    @Test
    void chunksAreJoinedAndTrailersSkipped() throws IOException {
        HttpResponse response = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n");
        assertEquals("hello, world", new String(response.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void withoutALengthTheBodyEndsWithTheConnection() throws IOException {
        assertEquals("until the end",
                new String(read("HTTP/1.0 200 OK\nContent-Type: text/xml\n\nuntil the end").body(), StandardCharsets.US_ASCII));
    }

    @Test
    void interimResponsesAreSkippedAndRepeatedHeadersKept() throws IOException {
        HttpResponse response = read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 401 Unauthorized\r\n"
                + "WWW-Authenticate: Negotiate\r\nWWW-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n\r\n");
        assertEquals(401, response.status());
        assertEquals(List.of("Negotiate", "Basic realm=\"x\""), response.headers("www-authenticate"));
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() {
        HttpProtocolException announced = assertThrows(HttpProtocolException.class,
                () -> read("HTTP/1.1 200 OK\r\nContent-Length: 1048577\r\n\r\n"));
        assertTrue(announced.getMessage().contains("larger than 1 MiB"), announced.getMessage());
        String chunk = Integer.toHexString(HttpResponseReader.BODY_LIMIT) + "\r\n";
        assertThrows(HttpProtocolException.class, () -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n"
                + chunk + "x".repeat(HttpResponseReader.BODY_LIMIT) + "\r\n0\r\n\r\n"));
        assertThrows(HttpProtocolException.class,
                () -> read("HTTP/1.1 200 OK\r\n\r\n" + "x".repeat(HttpResponseReader.BODY_LIMIT + 1)));
    }

    @Test
    void notHttpIsSaidPlainly() {
        HttpProtocolException e = assertThrows(HttpProtocolException.class, () -> read("SSH-2.0-OpenSSH_9.2\r\n"));
        assertTrue(e.getMessage().contains("not an HTTP/1.x response"), e.getMessage());
        HttpProtocolException silent = assertThrows(HttpProtocolException.class, () -> read(""));
        assertTrue(silent.getMessage().contains("without answering"), silent.getMessage());
        HttpProtocolException shortBody = assertThrows(HttpProtocolException.class,
                () -> read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
        assertTrue(shortBody.getMessage().contains("3 of the 10 bytes"), shortBody.getMessage());
    }
}
