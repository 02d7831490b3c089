/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives test classes one {@link Slapd} with {@link DirectoryData#standard()}
 * for the whole test run: started before the first class that registers the
 * extension, stopped when the test JVM ends. It is the server
 * {@code TestDirectory.Kind.SLAPD.shared()} gives, so tests written for either
 * server share it too. When a test fails, slapd's log goes to stderr.
 * Register it in a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SlapdExtension SLAPD = new SlapdExtension();
 * </pre>
 *
 * A class is skipped, or fails under CI, when slapd is not installed.
 */
public final class SlapdExtension implements BeforeAllCallback, TestWatcher {

    private volatile Slapd server;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Skips (or fails under CI) before anything is started or cached.
        SlapdPrograms.require();
        server = (Slapd) TestDirectory.Kind.SLAPD.shared();
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
}
