/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.io.IOException;

/** The peer answered, but not with a usable HTTP/1.x response within the limits; the message says how. */
public final class HttpProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the response, for people */
    public HttpProtocolException(String message) {
        super(message);
    }
}
