/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.time.Duration;
import java.util.Locale;

/** Times as the trace shows them: milliseconds below a second, tenths of seconds above. */
final class Durations {

    private Durations() {
    }

    /**
     * @param duration a time
     * @return e.g. {@code 12 ms} or {@code 1.2 s}
     */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
