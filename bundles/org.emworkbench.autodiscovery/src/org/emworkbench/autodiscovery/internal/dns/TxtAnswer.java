/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.util.List;

/**
 * The TXT records of a name.
 *
 * @param name    the name asked
 * @param status  how the lookup ended
 * @param texts   each record's character strings joined, one entry per record
 * @param dnssec  the DNSSEC state
 * @param detail  what went wrong, for people, or empty
 */
public record TxtAnswer(String name, LookupStatus status, List<String> texts, DnssecStatus dnssec, String detail) {

    /** Copies the list. */
    public TxtAnswer {
        texts = List.copyOf(texts);
    }
}
