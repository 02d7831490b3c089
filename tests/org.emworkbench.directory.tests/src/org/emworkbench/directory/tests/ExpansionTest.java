/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryEntry.Attribute;
import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.directory.ProblemKind;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.directory.SendLdapAttributes.Reference;
import org.emworkbench.directory.SendLdapAttributes.Text;
import org.emworkbench.validation.RuleSeverity;
import org.junit.jupiter.api.Test;

/** Parsing SEND_LDAP_ATTRIBUTES and expanding it for an entry, without a server. */
class ExpansionTest {

    /** The value as Citrix's SSO for Secure Mail page prints it, typo and blanks included. */
    static final String DOCUMENTED = "userPrincipalName=${user.userprincipalname},sAMAccountNAme=${user.samaccountname},"
            + " displayName= ${ user.displayName} ,mail= ${ user.mail}";

    private static final DirectoryEntry ALICE = new DirectoryEntry("cn=alice,dc=test", List.of(
            new Attribute("userPrincipalName", List.of("alice@contoso.test")),
            new Attribute("sAMAccountName", List.of("alice")), new Attribute("displayName", List.of("Alice")),
            new Attribute("mail", List.of("alice@contoso.test")), new Attribute("department", List.of(" "))));

    private static ExpandedAttribute only(String value, DirectoryEntry user) {
        ExpansionPreview preview = ExpansionPreview.expand("x", user, SendLdapAttributes.parse(value),
                CredentialPolicy.UNKNOWN, null);
        assertEquals(1, preview.attributes().size());
        return preview.attributes().get(0);
    }

    private static List<ProblemKind> kinds(ExpandedAttribute attribute) {
        return attribute.problems().stream().map(ExpansionProblem::kind).toList();
    }

    @Test
    void theDocumentedValueHasFourEntries() {
        SendLdapAttributes parsed = SendLdapAttributes.parse(DOCUMENTED);
        assertEquals(List.of("userPrincipalName", "sAMAccountNAme", "displayName", "mail"),
                parsed.entries().stream().map(SendLdapAttributes.Entry::name).toList());
        assertEquals("${ user.displayName}", parsed.entries().get(2).template());
        assertTrue(parsed.entries().get(3).parts().get(0) instanceof Reference);
    }

    @Test
    void commasAndEqualsInsideMacrosDoNotSplit() {
        SendLdapAttributes parsed = SendLdapAttributes.parse("a=x ${firstnotnull(user.mail,user.upn)} y,b=${user.c 'd=e'}");
        assertEquals(2, parsed.entries().size());
        assertEquals(List.of(Text.class, Reference.class, Text.class),
                parsed.entries().get(0).parts().stream().map(Object::getClass).toList());
        assertEquals("${user.c 'd=e'}", parsed.entries().get(1).template());
    }

    @Test
    void emptyEntriesAreSkippedAndMalformedOnesReported() {
        assertEquals(0, SendLdapAttributes.parse(null).entries().size());
        assertEquals(0, SendLdapAttributes.parse(" , ,").entries().size());
        assertEquals(List.of(ProblemKind.MALFORMED_ENTRY), kinds(only("mail", ALICE)));
        assertEquals(List.of(ProblemKind.MALFORMED_ENTRY), kinds(only("=${user.mail}", ALICE)));
    }

    @Test
    void theDocumentedValueExpandsWithCaseVariantsAsInformation() {
        ExpansionPreview preview = ExpansionPreview.expand("alice", ALICE, SendLdapAttributes.parse(DOCUMENTED),
                CredentialPolicy.USER_PRINCIPAL_NAME, null);
        assertEquals(List.of("alice@contoso.test", "alice", "Alice", "alice@contoso.test"),
                preview.attributes().stream().map(ExpandedAttribute::value).toList());
        assertEquals(List.of(ProblemKind.CASE_VARIANT), kinds(preview.attributes().get(0)));
        assertEquals(RuleSeverity.INFO, preview.attributes().get(0).problems().get(0).severity());
        assertEquals(List.of(), kinds(preview.attributes().get(2)));
        assertFalse(preview.failsSso());
    }

    @Test
    void literalTextAroundAMacroIsKept() {
        assertEquals("<Alice>", only("n=<${user.displayName}>", ALICE).value());
    }

    @Test
    void aMissingAttributeIsAnErrorUnlessTheMacroHasADefault() {
        ExpandedAttribute missing = only("t=${user.title}", ALICE);
        assertNull(missing.value());
        assertEquals(List.of(ProblemKind.ATTRIBUTE_MISSING), kinds(missing));
        assertEquals(RuleSeverity.ERROR, missing.problems().get(0).severity());
        ExpandedAttribute defaulted = only("t=${user.title 'none'}", ALICE);
        assertEquals("none", defaulted.value());
        assertEquals(RuleSeverity.WARNING, defaulted.problems().get(0).severity());
    }

    @Test
    void aBlankValueIsEmpty() {
        assertEquals(List.of(ProblemKind.ATTRIBUTE_EMPTY), kinds(only("d=${user.department}", ALICE)));
    }

    @Test
    void aMacroThatCannotBeReadIsAnError() {
        ExpandedAttribute broken = only("m=${user.mail!}", ALICE);
        assertTrue(kinds(broken).contains(ProblemKind.MACRO_SYNTAX), broken::toString);
        assertNull(broken.value());
    }

    @Test
    void valuesTheServerComputesAreNotLookedUp() {
        ExpandedAttribute login = only("l=${user.loginname}", ALICE);
        assertEquals(List.of(ProblemKind.COMPUTED_BY_SERVER), kinds(login));
        assertNull(login.value());
    }

    @Test
    void otherPrefixesAndFunctionsAreReported() {
        assertEquals(List.of(ProblemKind.NOT_A_USER_MACRO), kinds(only("s=${device.serialNumber}", ALICE)));
        assertEquals(List.of(ProblemKind.NOT_A_USER_MACRO), kinds(only("s=${mail}", ALICE)));
        assertEquals(List.of(ProblemKind.FUNCTION_NOT_EVALUATED),
                kinds(only("f=${firstnotnull(user.mail,user.upn)}", ALICE)));
        ExpandedAttribute piped = only("m=${user.mail | lower}", ALICE);
        assertEquals(List.of(ProblemKind.FUNCTION_NOT_EVALUATED), kinds(piped));
        assertEquals("alice@contoso.test", piped.value());
    }

    @Test
    void everyKindHasAStableIdAndAFix() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ProblemKind kind : ProblemKind.values()) {
            assertTrue(kind.id().matches("DIR-\\d{3}"), kind::id);
            assertTrue(ids.add(kind.id()), kind::id);
            assertFalse(kind.fix().isBlank());
        }
    }
}
