/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Unpredictable DNS message ids (RFC 5452 §4.3). They come from the JDK's
 * DRBG, seeded once from the system: the platform default on Linux reads the
 * kernel's pool under one global lock for every number, which bulk runs feel.
 * The generator's bytes are drawn a block at a time, since each call costs a
 * hash computation whatever its size. Thread-safe.
 */
final class QueryIds {

    private static final SecureRandom GENERATOR = create();

    private static final byte[] BLOCK = new byte[512];

    private static int used = BLOCK.length;

    private QueryIds() {
    }

    /** @return a random id from 0 to 65535 */
    static synchronized int next() {
        if (used == BLOCK.length) {
            GENERATOR.nextBytes(BLOCK);
            used = 0;
        }
        int id = (BLOCK[used] & 0xFF) << 8 | BLOCK[used + 1] & 0xFF;
        used += 2;
        return id;
    }

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
