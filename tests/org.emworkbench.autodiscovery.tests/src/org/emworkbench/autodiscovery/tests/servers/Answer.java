/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

/** How a scripted server answers a request; called on the server's thread. */
@FunctionalInterface
public interface Answer {

    /** @param request the request as received @return the reply */
    ScriptedReply reply(RecordedRequest request);

    /** @param reply a fixed reply @return an answer that always sends it */
    static Answer always(ScriptedReply reply) {
        return request -> reply;
    }
}
