/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;

/**
 * Provokes connection failures and keeps them, so that a test class can check
 * at its end that no message of any of them, nor of their causes, shows the
 * password.
 */
final class Failures {

    private final List<DirectoryException> seen = new ArrayList<>();

    /**
     * @return the failure of opening a connection, after checking its kind and that its message is
     *         {@code host:port: what happened; what to do}
     */
    DirectoryException opening(Failure expected, DirectoryEndpoint endpoint, BindCredentials credentials) {
        DirectoryException failure = assertThrows(DirectoryException.class,
                () -> DirectoryConnection.open(endpoint, credentials).close());
        seen.add(failure);
        assertEquals(expected, failure.failure(), () -> chain(failure));
        assertTrue(failure.getMessage().startsWith(endpoint.server() + ": "), failure::getMessage);
        assertTrue(failure.getMessage().endsWith(expected.advice()), failure::getMessage);
        return failure;
    }

    /** Keeps a failure provoked otherwise. */
    DirectoryException add(DirectoryException failure) {
        seen.add(failure);
        return failure;
    }

    /** Asserts that no failure seen so far, nor any of its causes, shows the password. */
    void assertNoneShows(String password) {
        assertFalse(seen.isEmpty(), "no failure was provoked");
        for (DirectoryException failure : seen) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(password), t::toString);
                assertFalse(t.toString().contains(password), t::toString);
            }
        }
    }

    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append(" <- ");
        }
        return text.toString();
    }
}
