/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects the lines of a bulk run and hands them to the output stream in
 * batches. Standard output flushes at every line feed, which costs one system
 * call per line; at tens of thousands of lines per second that is a large share
 * of the run. Lines leave when a batch is full or on {@link #flush()}, which
 * the bulk run calls with each progress report and at its end, so a reader of
 * the output never waits long. Whole lines only: a line is never split across
 * batches. Thread-safe.
 */
final class LineBatcher {

    static final int BATCH_BYTES = 64 * 1024;

    private final PrintStream out;
    private final StringBuilder pending = new StringBuilder(BATCH_BYTES + 4096);

    LineBatcher(PrintStream out) {
        this.out = out;
    }

    /** @param line one or more complete lines, each ending in a line feed */
    synchronized void add(String line) {
        pending.append(line);
        if (pending.length() >= BATCH_BYTES) {
            flush();
        }
    }

    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        out.write(bytes, 0, bytes.length);
        out.flush();
    }
}
