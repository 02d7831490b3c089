/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.util.Objects;

/**
 * One URL a client would try.
 *
 * @param url      the URL; one without a port uses the settings' HTTPS or HTTP port
 * @param origin   where it comes from
 * @param prompted whether clients ask the user before they send anything to it
 * @param note     what else a person should know, e.g. the SRV record it was built from; may be empty
 */
public record Candidate(URI url, CandidateOrigin origin, boolean prompted, String note) {

    /** Checks that the parts are there. */
    public Candidate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(note, "note");
    }

    /** @return the URL's host name */
    public String host() {
        return url.getHost();
    }

    /** @return the candidate for the trace: URL, where it comes from, and the note */
    @Override
    public String toString() {
        return url + " — " + origin.description() + (note.isEmpty() ? "" : ", " + note);
    }
}
