/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

/**
 * Runs {@code emw} commands in-process with the platform's rules and keeps
 * the output of the last one for assertions.
 */
abstract class CommandLineTestCase {

    private Emw last = new Emw(-1, "", "");

    /**
     * @param arguments the command line
     * @return the exit code
     */
    protected final int run(String... arguments) {
        last = Emw.run(arguments);
        return last.exit();
    }

    /** @return what the last command printed to stdout */
    protected final String stdout() {
        return last.stdout();
    }

    /** @return what the last command printed to stderr */
    protected final String stderr() {
        return last.stderr();
    }
}
