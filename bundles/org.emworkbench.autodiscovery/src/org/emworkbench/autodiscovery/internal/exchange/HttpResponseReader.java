/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 response from a stream: the status line, the headers, and
 * a body delimited by {@code Content-Length}, by the chunked transfer coding,
 * or by the end of the stream. Interim {@code 1xx} responses are skipped.
 * Bounded: an Autodiscover answer is a few kilobytes, so a head over
 * {@value #HEAD_LIMIT} bytes or a body over {@value #BODY_LIMIT} bytes is
 * refused rather than read.
 */
public final class HttpResponseReader {

    /** The largest body read, 1 MiB. */
    public static final int BODY_LIMIT = 1 << 20;
    /** The largest status line plus headers read, 64 KiB. */
    public static final int HEAD_LIMIT = 64 * 1024;

    private final InputStream in;
    private int headBytes;

    private HttpResponseReader(InputStream in) {
        this.in = in;
    }

    /**
     * @param in the stream, positioned at the start of the response; buffer it, it is read byte by byte
     * @return the response
     * @throws HttpProtocolException when the response is not HTTP/1.x or breaks a limit
     * @throws IOException           when reading fails (a timeout included)
     */
    public static HttpResponse read(InputStream in) throws IOException {
        return new HttpResponseReader(in).response();
    }

    private HttpResponse response() throws IOException {
        while (true) {
            String statusLine = headLine();
            int status = status(statusLine);
            Map<String, List<String>> headers = headers();
            if (status >= 100 && status < 200) {
                continue;
            }
            return new HttpResponse(status, statusLine, headers, body(status, headers));
        }
    }

    private static int status(String statusLine) throws HttpProtocolException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new HttpProtocolException("the answer is not an HTTP/1.x response: '" + printable(statusLine) + "'");
        }
        return Integer.parseInt(parts[1]);
    }

    private Map<String, List<String>> headers() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String previous = null;
        for (String line = headLine(); !line.isEmpty(); line = headLine()) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && previous != null) {
                // An obsolete folded line continues the previous header's last value.
                List<String> values = headers.get(previous);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new HttpProtocolException("malformed header line '" + printable(line) + "'");
            }
            previous = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(previous, name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return headers;
    }

    private byte[] body(int status, Map<String, List<String>> headers) throws IOException {
        if (status == 204 || status == 304) {
            return new byte[0];
        }
        List<String> coding = headers.getOrDefault("transfer-encoding", List.of());
        if (coding.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
            return chunked();
        }
        List<String> length = headers.getOrDefault("content-length", List.of());
        if (!length.isEmpty()) {
            return exactly(contentLength(length.get(0)));
        }
        return untilEnd();
    }

    private static long contentLength(String value) throws HttpProtocolException {
        try {
            long length = Long.parseLong(value.strip());
            if (length < 0) {
                throw new NumberFormatException();
            }
            if (length > BODY_LIMIT) {
                throw tooLarge(length + " bytes announced");
            }
            return length;
        } catch (NumberFormatException e) {
            throw new HttpProtocolException("Content-Length '" + printable(value) + "' is not a byte count");
        }
    }

    private byte[] exactly(long length) throws IOException {
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new HttpProtocolException("the connection closed after " + body.length + " of the " + length
                    + " bytes the Content-Length announced");
        }
        return body;
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = headLine();
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new HttpProtocolException("chunk size '" + printable(hex) + "' is not hexadecimal");
            }
            if (size == 0) {
                while (!headLine().isEmpty()) {
                    // Trailer fields carry nothing discovery needs.
                }
                return body.toByteArray();
            }
            if (size < 0 || body.size() + size > BODY_LIMIT) {
                throw tooLarge("more in chunks");
            }
            body.write(exactly(size));
            if (!headLine().isEmpty()) {
                throw new HttpProtocolException("a chunk is not followed by CRLF");
            }
        }
    }

    private byte[] untilEnd() throws IOException {
        byte[] body = in.readNBytes(BODY_LIMIT + 1);
        if (body.length > BODY_LIMIT) {
            throw tooLarge("more until the connection closed");
        }
        return body;
    }

    /** A line of the head (or a chunk-size line), without its CRLF or LF; counted against {@link #HEAD_LIMIT}. */
    private String headLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new HttpProtocolException(line.size() == 0 && headBytes == 0
                        ? "the server closed the connection without answering"
                        : "the connection closed in the middle of the response head");
            }
            if (++headBytes > HEAD_LIMIT) {
                throw new HttpProtocolException("the response head is larger than " + HEAD_LIMIT / 1024
                        + " KiB; discovery reads no more");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }

    private static HttpProtocolException tooLarge(String what) {
        return new HttpProtocolException("the response body is larger than 1 MiB (" + what
                + "); an Autodiscover answer is a few kilobytes, so discovery reads no more");
    }

    private static String printable(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
