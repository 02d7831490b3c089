/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a name into an anchor or file name stem: lower-case ASCII letters, digits and hyphens. */
final class ReportIds {

    private ReportIds() {
    }

    /**
     * @param text any text
     * @return e.g. {@code secure-mail-ios} for "Secure Mail (iOS)"; empty when nothing is left (letters
     *         outside Latin script are dropped)
     */
    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
