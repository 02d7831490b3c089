/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/** A scripted plain-HTTP server on 127.0.0.1, for the HTTP redirect check and for catching requests that must not come. */
public final class PlainHttpServer extends ScriptedServer {

    private PlainHttpServer(HttpServer server) {
        super(server);
    }

    /** @return a running server on a free port of 127.0.0.1 */
    public static PlainHttpServer start() {
        try {
            return new PlainHttpServer(
                    HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a loopback HTTP server", e);
        }
    }
}
