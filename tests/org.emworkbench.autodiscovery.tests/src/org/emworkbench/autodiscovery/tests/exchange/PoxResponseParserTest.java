/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.emworkbench.autodiscovery.internal.exchange.PoxFormatException;
import org.emworkbench.autodiscovery.internal.exchange.PoxRequest;
import org.emworkbench.autodiscovery.internal.exchange.PoxResponse;
import org.emworkbench.autodiscovery.internal.exchange.PoxResponseParser;
import org.emworkbench.autodiscovery.tests.servers.PoxAnswers;
import org.emworkbench.autodiscovery.tests.servers.ScriptedReply;
import org.junit.jupiter.api.Test;

class PoxResponseParserTest {

    private static PoxResponse parse(ScriptedReply reply) throws PoxFormatException {
        return PoxResponseParser.parse(reply.body());
    }

    @Test
    void settingsListEveryServer() throws PoxFormatException {
        String xml = "<Autodiscover xmlns='" + PoxAnswers.OUTER + "'><Response xmlns='" + PoxAnswers.MOBILESYNC + "'>"
                + "<Action><Settings><Server><Type>MobileSync</Type><Url>https://eas.contoso.test/Microsoft-Server-ActiveSync"
                + "</Url><Name>eas</Name></Server><Server><Type>CertEnroll</Type><Url>https://ca.contoso.test/</Url></Server>"
                + "</Settings></Action></Response></Autodiscover>";
        PoxResponse answer = PoxResponseParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(new PoxResponse.Settings(List.of(
                new PoxResponse.Server("MobileSync", "https://eas.contoso.test/Microsoft-Server-ActiveSync", "eas"),
                new PoxResponse.Server("CertEnroll", "https://ca.contoso.test/", ""))), answer);
    }

    @Test
    void redirectsAreAddressesOrUrls() throws PoxFormatException {
        PoxResponse.Redirect address = (PoxResponse.Redirect) parse(PoxAnswers.redirect("bob@fabrikam.test"));
        assertTrue(address.isAddress());
        PoxResponse.Redirect url = (PoxResponse.Redirect) parse(PoxAnswers.redirect("https://a.test/Autodiscover/Autodiscover.xml"));
        assertFalse(url.isAddress());
    }

    @Test
    void bothErrorFormsAreRead() throws PoxFormatException {
        assertEquals(new PoxResponse.Error("600", "Invalid Request", "outer Response/Error"),
                parse(PoxAnswers.outerError("600", "Invalid Request")));
        assertEquals(new PoxResponse.Error("2", "no such mailbox", "Action/Error"),
                parse(PoxAnswers.actionError("2", "no such mailbox")));
    }

    @Test
    void aDoctypeIsRefusedAsHostile() {
        PoxFormatException refused = assertThrows(PoxFormatException.class,
                () -> parse(PoxAnswers.doctypeWithExternalEntity("file:///etc/passwd")));
        assertTrue(refused.isHostile());
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void xincludeIsNotProcessed() throws PoxFormatException {
        String xml = "<Autodiscover xmlns='" + PoxAnswers.OUTER + "'><Response xmlns='" + PoxAnswers.MOBILESYNC + "'>"
                + "<Action><Redirect>bob@fabrikam.test<xi:include xmlns:xi='http://www.w3.org/2001/XInclude'"
                + " href='file:///etc/hostname' parse='text'/></Redirect></Action></Response></Autodiscover>";
        PoxResponse.Redirect redirect = (PoxResponse.Redirect) PoxResponseParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("bob@fabrikam.test", redirect.target(), "the include stays an unexpanded element");
    }

    @Test
    void otherDocumentsAreNotAutodiscoverAnswers() {
        for (String body : List.of("<html><body>It works!</body></html>", "not xml at all",
                "<Autodiscover xmlns='" + PoxAnswers.OUTER + "'><Response xmlns='"
                        + "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'>"
                        + "<Account/></Response></Autodiscover>",
                "<Autodiscover xmlns='" + PoxAnswers.OUTER + "'><Response xmlns='" + PoxAnswers.MOBILESYNC
                        + "'><Culture>en</Culture></Response></Autodiscover>")) {
            PoxFormatException e = assertThrows(PoxFormatException.class,
                    () -> PoxResponseParser.parse(body.getBytes(StandardCharsets.UTF_8)), body);
            assertFalse(e.isHostile(), body);
        }
    }

    @Test
    void theRequestNamesTheAddressAndTheMobilesyncSchema() throws Exception {
        String request = new String(PoxRequest.forAddress("o'neil&co@contoso.test"), StandardCharsets.UTF_8);
        assertTrue(request.contains("xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006\""),
                request);
        assertTrue(request.contains("<EMailAddress>o'neil&amp;co@contoso.test</EMailAddress>"), request);
        assertTrue(request.contains("<AcceptableResponseSchema>" + PoxAnswers.MOBILESYNC + "</AcceptableResponseSchema>"),
                request);
    }
}
