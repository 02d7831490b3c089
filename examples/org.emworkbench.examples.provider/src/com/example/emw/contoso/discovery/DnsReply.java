/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery;

import java.util.List;

import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * What came of one question put to the configured DNS servers.
 *
 * @param message  the answer of the first server that gave a definite one (NOERROR or NXDOMAIN); else the
 *                 last failed answer (SERVFAIL, REFUSED …), whose records may still show an alias loop; else
 *                 {@code null} when nothing came back at all
 * @param answered whether a server gave a definite answer, so that "absent" can be believed
 * @param reason   why there is no definite answer (timeouts, SERVFAIL, REFUSED …); empty when there is one
 */
record DnsReply(Message message, boolean answered, String reason) {

    /** @return whether the asked name does not exist (only meaningful when {@link #answered()}) */
    boolean nameMissing() {
        return answered && message.getRcode() == Rcode.NXDOMAIN;
    }

    /** @return the records of the answer section, in the order the server gave them; none without a message */
    List<Record> answers() {
        return message == null ? List.of() : message.getSection(Section.ANSWER);
    }
}
