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

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives test classes one {@link NamedServer} for the whole test run: started
 * before the first class that registers the extension, stopped when the run
 * ends (JUnit closes it with the root context). Register it in a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final NamedServerExtension NAMED = new NamedServerExtension();
 * </pre>
 *
 * A class is skipped or fails as {@link NamedServer#start()} says when BIND is
 * missing.
 */
public final class NamedServerExtension implements BeforeAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(NamedServerExtension.class);

    private volatile NamedServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(NamedServer.class,
                key -> startServer(), NamedServer.class);
    }

    /** @return the running server */
    public NamedServer server() {
        NamedServer running = server;
        if (running == null) {
            throw new IllegalStateException("register NamedServerExtension in a static field with @RegisterExtension");
        }
        return running;
    }

    private static NamedServer startServer() {
        try {
            return NamedServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
