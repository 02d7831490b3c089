/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A bind password held only as long as needed. It is never printed: its
 * {@link #toString()} says nothing about the value, and {@link #close()}
 * overwrites it.
 *
 * @since 0.1
 */
public final class BindSecret implements AutoCloseable {

    private final char[] value;
    private boolean closed;

    private BindSecret(char[] value) {
        this.value = value;
    }

    /**
     * @param value the password; copied, so the caller can clear its array
     * @return the secret
     */
    public static BindSecret of(char[] value) {
        return new BindSecret(value.clone());
    }

    /** @return whether the password is empty (an LDAP unauthenticated bind, which servers must refuse) */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /**
     * @return the password as UTF-8 bytes, the form an LDAP simple bind sends;
     *         the caller clears the array after use
     * @throws IllegalStateException after {@link #close()}
     */
    public byte[] utf8() {
        if (closed) {
            throw new IllegalStateException("the bind secret was closed");
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /**
     * @param text a text about to be shown, e.g. a server's error message
     * @return the text with every occurrence of the password replaced by {@code ***}
     */
    public String redact(String text) {
        if (text == null || closed || value.length == 0) {
            return text;
        }
        return text.replace(new String(value), "***");
    }

    /** Overwrites the password. */
    @Override
    public void close() {
        Arrays.fill(value, '\0');
        closed = true;
    }

    /** @return a fixed text; the password is never part of it */
    @Override
    public String toString() {
        return "BindSecret[hidden]";
    }
}
