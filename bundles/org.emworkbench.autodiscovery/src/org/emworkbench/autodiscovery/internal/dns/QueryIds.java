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
 * Thread-safe.
 */
final class QueryIds {

    private static final SecureRandom IDS = create();

    private QueryIds() {
    }

    /** @return a random id from 0 to 65535 */
    static int next() {
        return IDS.nextInt(0x10000);
    }

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
