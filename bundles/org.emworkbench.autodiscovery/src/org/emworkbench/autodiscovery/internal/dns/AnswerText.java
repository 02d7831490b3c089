/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.dns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.emworkbench.autodiscovery.StepStatus;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.ExtendedErrorCodeOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * How DNS messages read in a trace: titles, one-line outcomes, statuses and
 * the answer in zone-file text. The wording here is what users see in the
 * workbench and on the command line.
 */
final class AnswerText {

    private AnswerText() {
    }

    /**
     * @param name the name asked
     * @param type the type asked
     * @return {@code SRV _autodiscover._tcp.contoso.test}
     */
    static String question(Name name, int type) {
        return Type.string(type) + " " + withoutDot(name);
    }

    /**
     * @param name   the name asked
     * @param type   the type asked
     * @param server where it was asked
     * @param tcp    whether over TCP
     * @return {@code SRV _autodiscover._tcp.contoso.test @127.0.0.1:5353 (UDP)}
     */
    static String title(Name name, int type, NameServer server, boolean tcp) {
        return question(name, type) + " @" + server + (tcp ? " (TCP)" : " (UDP)");
    }

    /**
     * @param name a name
     * @return the name without its trailing dot; the root stays {@code .}
     */
    static String withoutDot(Name name) {
        String text = name.toString();
        return text.length() > 1 && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * @param response a response
     * @param type     the type asked
     * @return {@code NOERROR, 2 records}, {@code NOERROR, no SRV records}, {@code NXDOMAIN}, {@code SERVFAIL}
     */
    static String outcome(Message response, int type) {
        int rcode = response.getRcode();
        if (rcode != Rcode.NOERROR) {
            return Rcode.string(rcode);
        }
        int count = answerCount(response);
        if (count == 0) {
            return "NOERROR, no " + Type.string(type) + " records";
        }
        return "NOERROR, " + count + (count == 1 ? " record" : " records");
    }

    /**
     * What an answer means for the step that got it. NXDOMAIN and an empty
     * NOERROR are definite absence; SERVFAIL says the server could not find
     * out, so the truth is unknown; REFUSED and the rest are wrong answers.
     *
     * @param response a response
     * @return its step status
     */
    static StepStatus status(Message response) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NOERROR) {
            return answerCount(response) == 0 ? StepStatus.ABSENT : StepStatus.OK;
        }
        if (rcode == Rcode.NXDOMAIN) {
            return StepStatus.ABSENT;
        }
        return rcode == Rcode.SERVFAIL ? StepStatus.UNKNOWN : StepStatus.FAILED;
    }

    /**
     * @param response a response
     * @return the header line, the server's extended errors (RFC 8914, e.g. why BIND gave up on a CNAME
     *         loop), then the answer section and the authority's SOA in zone-file text
     */
    static List<String> details(Message response) {
        List<String> lines = new ArrayList<>();
        lines.add(header(response));
        OPTRecord opt = response.getOPT();
        if (opt != null) {
            for (EDNSOption option : opt.getOptions(EDNSOption.Code.EDNS_EXTENDED_ERROR)) {
                ExtendedErrorCodeOption error = (ExtendedErrorCodeOption) option;
                lines.add("extended error " + error.getErrorCode() + " ("
                        + ExtendedErrorCodeOption.text(error.getErrorCode()) + ")"
                        + (error.getText() == null || error.getText().isEmpty() ? "" : ": " + error.getText()));
            }
        }
        for (Record record : response.getSection(Section.ANSWER)) {
            lines.add(record.toString());
        }
        for (Record record : response.getSection(Section.AUTHORITY)) {
            if (record.getType() == Type.SOA) {
                lines.add("authority: " + record);
            }
        }
        return lines;
    }

    /**
     * @param response a response
     * @return {@code rcode NOERROR, flags qr aa rd; 2 answers, 0 authority, 1 additional}
     */
    static String header(Message response) {
        StringBuilder flags = new StringBuilder();
        for (int flag : new int[] {Flags.QR, Flags.AA, Flags.TC, Flags.RD, Flags.RA, Flags.AD, Flags.CD}) {
            if (response.getHeader().getFlag(flag)) {
                flags.append(' ').append(Flags.string(flag));
            }
        }
        return "rcode " + Rcode.string(response.getRcode()) + ", flags" + (flags.isEmpty() ? " none" : flags) + "; "
                + response.getSection(Section.ANSWER).size() + " answer, "
                + response.getSection(Section.AUTHORITY).size() + " authority, "
                + response.getSection(Section.ADDITIONAL).size() + " additional";
    }

    /**
     * @param duration a duration
     * @return {@code 2 s}, {@code 1.5 s} or {@code 300 ms}
     */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Signatures travel with the records they sign; they are not counted as records of the answer. */
    private static int answerCount(Message response) {
        int count = 0;
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record.getType() != Type.RRSIG) {
                count++;
            }
        }
        return count;
    }
}
