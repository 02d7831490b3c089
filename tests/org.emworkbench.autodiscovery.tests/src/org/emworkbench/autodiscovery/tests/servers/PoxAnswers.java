/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.servers;

/**
 * Scripted Autodiscover answers in the shapes of [MS-ASCMD] §2.2.3.1 (domain
 * facts §6.4), written out literally so that tests check the parser against the
 * documented shapes, not against its own constants.
 */
public final class PoxAnswers {

    /** The namespace of the root of every answer. */
    public static final String OUTER = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    /** The namespace of the mobilesync Response. */
    public static final String MOBILESYNC = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

    private PoxAnswers() {
    }

    /** @param mobileSyncUrl the ActiveSync URL @return {@code 200} with Settings naming one MobileSync server */
    public static ScriptedReply settings(String mobileSyncUrl) {
        return action("<Settings><Server><Type>MobileSync</Type><Url>" + mobileSyncUrl + "</Url><Name>" + mobileSyncUrl
                + "</Name></Server></Settings>");
    }

    /** @param type a server type, e.g. {@code CertEnroll} @param url its URL @return Settings naming that server only */
    public static ScriptedReply settingsOfType(String type, String url) {
        return action("<Settings><Server><Type>" + type + "</Type><Url>" + url + "</Url></Server></Settings>");
    }

    /** @param target an address, or an {@code https} URL @return {@code 200} with {@code Action/Redirect} */
    public static ScriptedReply redirect(String target) {
        return action("<Redirect>" + target + "</Redirect>");
    }

    /** @param status the Status @param message the Message @return {@code 200} with {@code Action/Error} */
    public static ScriptedReply actionError(String status, String message) {
        return action("<Error><Status>" + status + "</Status><Message>" + message
                + "</Message><DebugData>MailUser</DebugData></Error>");
    }

    /**
     * @param code    the ErrorCode, e.g. {@code 600}
     * @param message the Message, e.g. {@code Invalid Request}
     * @return {@code 200} with the outer schema's {@code Response/Error}, as Exchange answers a request it cannot read
     */
    public static ScriptedReply outerError(String code, String message) {
        return ScriptedReply.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\"" + OUTER
                + "\"><Response><Error Time=\"10:00:00.0000000\" Id=\"2477\"><ErrorCode>" + code + "</ErrorCode><Message>"
                + message + "</Message><DebugData /></Error></Response></Autodiscover>");
    }

    /** @param location the Location @return {@code 302 Found} */
    public static ScriptedReply found(String location) {
        return ScriptedReply.status(302).withHeader("Location", location);
    }

    /** @param location the X-MS-Location @return {@code 451}, Exchange's "ask this other server" */
    public static ScriptedReply msLocation(String location) {
        return ScriptedReply.status(451).withHeader("X-MS-Location", location);
    }

    /** @param challenges e.g. {@code Basic realm="contoso"}, {@code Negotiate} @return {@code 401} with them */
    public static ScriptedReply unauthorized(String... challenges) {
        ScriptedReply reply = ScriptedReply.status(401).withHeader("Set-Cookie", "session=tempting; Path=/");
        for (String challenge : challenges) {
            reply = reply.withHeader("WWW-Authenticate", challenge);
        }
        return reply;
    }

    /**
     * @param entityUrl where the external entity points; a parser that fetched it would show up at that server
     * @return {@code 200} with a DOCTYPE declaring an external entity and an expansion bomb, used in the Url
     */
    public static ScriptedReply doctypeWithExternalEntity(String entityUrl) {
        return ScriptedReply.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE Autodiscover [\n"
                + "  <!ENTITY leak SYSTEM \"" + entityUrl + "\">\n  <!ENTITY a \"aaaaaaaaaa\">\n"
                + "  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + "<Autodiscover xmlns=\"" + OUTER + "\"><Response xmlns=\"" + MOBILESYNC + "\"><Action><Settings><Server>"
                + "<Type>MobileSync</Type><Url>https://&leak;&c;/</Url></Server></Settings></Action></Response>"
                + "</Autodiscover>");
    }

    private static ScriptedReply action(String action) {
        return ScriptedReply.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\"" + OUTER
                + "\">\n  <Response xmlns=\"" + MOBILESYNC + "\">\n    <Culture>en:en</Culture>\n"
                + "    <User><DisplayName>Alice</DisplayName><EMailAddress>alice@contoso.test</EMailAddress></User>\n"
                + "    <Action>" + action + "</Action>\n  </Response>\n</Autodiscover>\n");
    }
}
