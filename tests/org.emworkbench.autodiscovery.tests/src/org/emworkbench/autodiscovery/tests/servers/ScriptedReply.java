/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a scripted server answers.
 *
 * @param status  the status code
 * @param headers headers to send, in order (a name may repeat)
 * @param body    the body
 * @param chunked whether to send the body with the chunked transfer coding instead of a Content-Length
 */
public record ScriptedReply(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean chunked) {

    /** Copies the lists. */
    public ScriptedReply {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    /** @param status a status code @return that status with no headers and no body */
    public static ScriptedReply status(int status) {
        return new ScriptedReply(status, List.of(), new byte[0], false);
    }

    /** @param xml a document @return {@code 200} with it as {@code text/xml; charset=utf-8} */
    public static ScriptedReply xml(String xml) {
        return status(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** @param name a header name @param value its value @return this reply with the header added */
    public ScriptedReply withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new ScriptedReply(status, more, body, chunked);
    }

    /** @param content the body @return this reply with it */
    public ScriptedReply withBody(byte[] content) {
        return new ScriptedReply(status, headers, content, chunked);
    }

    /** @return this reply sent with the chunked transfer coding */
    public ScriptedReply chunkedBody() {
        return new ScriptedReply(status, headers, body, true);
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
