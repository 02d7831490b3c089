/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives test classes one {@link Slapd} with {@link DirectoryData#standard()}
 * for the whole test run: started before the first class that registers the
 * extension, stopped when the run ends (JUnit closes it with the root
 * context). When a test fails, slapd's log goes to stderr. Register it in a
 * static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SlapdExtension SLAPD = new SlapdExtension();
 * </pre>
 *
 * A class is skipped, or fails under CI, when slapd is not installed.
 */
public final class SlapdExtension implements BeforeAllCallback, TestWatcher {

    private static final Namespace NAMESPACE = Namespace.create(SlapdExtension.class);

    private volatile Slapd server;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Skips (or fails under CI) before anything is started or cached.
        SlapdPrograms.require();
        server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Slapd.class, key -> startServer(),
                Slapd.class);
    }

    /** @return the running server */
    public Slapd server() {
        Slapd running = server;
        if (running == null) {
            throw new IllegalStateException("register SlapdExtension in a static field with @RegisterExtension");
        }
        return running;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Slapd running = server;
        if (running != null) {
            System.err.println("slapd's log (" + running + ") after " + context.getDisplayName() + " failed:\n"
                    + running.log());
        }
    }

    private static Slapd startServer() {
        try {
            return Slapd.start(DirectoryData.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
