/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.model.macro.FunctionCall;
import org.emworkbench.model.macro.MacroParser;
import org.emworkbench.model.macro.MacroSyntaxError;
import org.emworkbench.model.macro.MacroText;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.MacroText.Segment;
import org.emworkbench.model.macro.PropertyReference;
import org.junit.jupiter.api.Test;

class MacroParserTest {

    /** SEND_LDAP_ATTRIBUTES exactly as the Secure Mail SSO documentation prints it. */
    private static final String SEED_VALUE = "userPrincipalName=${user.userprincipalname},sAMAccountNAme=${user.samaccountname},"
            + " displayName= ${ user.displayName} ,mail= ${ user.mail}";

    @Test
    void theCanonicalValueHasFourMacrosAndNoBlanks() {
        MacroText parsed = MacroParser.parse("userPrincipalName=${user.userprincipalname},sAMAccountName=${user.samaccountname},"
                + "displayName=${user.displayname},mail=${user.mail}");

        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of("user.userprincipalname", "user.samaccountname", "user.displayname", "user.mail"),
                parsed.properties().stream().map(PropertyReference::qualifiedName).toList());
        assertTrue(parsed.macros().stream().allMatch(macro -> macro.blankPositions().isEmpty()));
    }

    @Test
    void theSeedValueParsesWithItsBlanksAndPositions() {
        MacroText parsed = MacroParser.parse(SEED_VALUE);

        assertEquals(List.of(), parsed.errors());
        List<Macro> macros = parsed.macros();
        assertEquals(4, macros.size());
        Macro displayName = macros.get(2);
        assertEquals("${ user.displayName}", displayName.source());
        assertEquals("${user.displayName}", displayName.canonical());
        assertEquals(List.of(displayName.start() + 2), displayName.blankPositions());
        PropertyReference property = (PropertyReference) displayName.expression();
        assertEquals("user", property.prefix());
        assertEquals("displayName", property.name());
        assertEquals(SEED_VALUE.indexOf("displayName}"), property.nameStart());
        assertTrue(macros.get(0).blankPositions().isEmpty());
    }

    @Test
    void segmentsCoverTheWholeTextInOrder() {
        MacroText parsed = MacroParser.parse(SEED_VALUE);

        int expectedStart = 0;
        StringBuilder rebuilt = new StringBuilder();
        for (Segment segment : parsed.segments()) {
            assertEquals(expectedStart, segment.start());
            rebuilt.append(SEED_VALUE, segment.start(), segment.end());
            expectedStart = segment.end();
        }
        assertEquals(SEED_VALUE, rebuilt.toString());
    }

    @Test
    void aDefaultValueAndFunctionsAreRead() {
        MacroText parsed = MacroParser.parse("${user.mail 'nobody@contoso.com' | lower | substring(0, 5)}");

        assertEquals(List.of(), parsed.errors());
        PropertyReference mail = (PropertyReference) parsed.macros().get(0).expression();
        assertEquals("nobody@contoso.com", mail.defaultValue());
        assertEquals(List.of("lower", "substring"), mail.functions().stream().map(FunctionCall::name).toList());
        assertEquals("user.mail 'nobody@contoso.com' | lower | substring(0,5)", mail.canonical());
    }

    @Test
    void aFunctionCallReadsItsPropertyArguments() {
        MacroText parsed = MacroParser.parse("Device ${firstnotnull(device.TEL_NUMBER,device.serialNumber)} has been blocked");

        assertEquals(List.of(), parsed.errors());
        FunctionCall call = (FunctionCall) parsed.macros().get(0).expression();
        assertEquals("firstnotnull", call.name());
        assertEquals(List.of("device.TEL_NUMBER", "device.serialNumber"),
                parsed.properties().stream().map(PropertyReference::qualifiedName).toList());
    }

    @Test
    void aCustomPropertyMayOmitItsPrefix() {
        PropertyReference property = MacroParser.parse("${department}").properties().get(0);

        assertNull(property.prefix());
        assertEquals("department", property.name());
    }

    @Test
    void syntaxErrorsAreReportedWithTheirOffsets() {
        assertError("x=${user.mail", 2, "unterminated macro");
        assertError("${}", 2, "empty macro");
        assertError("${user.}", 7, "property name expected after 'user.'");
        assertError("${user.mail 'x}", 12, "unterminated default value");
        assertError("${f(user.a,user.b}", 17, "')' expected");
        assertError("${user.mail!}", 11, "unexpected '!'");
        assertError("${user.mail | }", 14, "function name expected");
    }

    @Test
    void textAfterAnErrorIsStillRead() {
        MacroText parsed = MacroParser.parse("${user.mail!} and ${user.upn}");

        assertEquals(1, parsed.errors().size());
        assertEquals(List.of("user.mail", "user.upn"),
                parsed.properties().stream().map(PropertyReference::qualifiedName).toList());
    }

    @Test
    void aDollarWithoutBracesIsFlaggedButNotAMacro() {
        MacroText parsed = MacroParser.parse("CN=$user.username costs $5");

        assertEquals(List.of(3), parsed.bareDollars());
        assertEquals(List.of(), parsed.macros());
    }

    @Test
    void textWithoutMacrosIsOneLiteral() {
        MacroText parsed = MacroParser.parse("plain");

        assertEquals(1, parsed.segments().size());
        assertEquals(List.of(), parsed.errors());
        assertEquals(0, MacroParser.parse(null).segments().size());
    }

    private static void assertError(String text, int offset, String message) {
        List<MacroSyntaxError> errors = MacroParser.parse(text).errors();
        assertEquals(1, errors.size(), text + ": " + errors);
        assertTrue(errors.get(0).message().contains(message), text + ": " + errors.get(0).message());
        assertEquals(offset, errors.get(0).offset(), text + ": " + errors.get(0));
    }
}
