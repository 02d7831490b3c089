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
import org.emworkbench.directory.DirectoryPreview;
import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.directory.ProblemKind;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.directory.tests.servers.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/** The expansion preview for the fixture's tricky users, looked up live. */
class PreviewTest extends SharedDirectory {

    private static ExpansionPreview preview(String identity, CredentialPolicy policy) throws Exception {
        return new DirectoryPreview(connection, SendLdapAttributes.parse(ExpansionTest.DOCUMENTED), policy)
                .preview(identity);
    }

    private static ExpandedAttribute attribute(ExpansionPreview preview, String name) {
        return preview.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ProblemKind> kinds(List<ExpansionProblem> problems) {
        return problems.stream().map(ExpansionProblem::kind).toList();
    }

    @Test
    void aliceWorks() throws Exception {
        ExpansionPreview alice = preview("alice@contoso.test", CredentialPolicy.USER_PRINCIPAL_NAME);
        assertEquals(List.of("alice@contoso.test", "alice", "Alice Archer", "alice@contoso.test"),
                alice.attributes().stream().map(ExpandedAttribute::value).toList());
        assertFalse(alice.failsSso());
        assertEquals(List.of(ProblemKind.CASE_VARIANT, ProblemKind.CASE_VARIANT), kinds(alice.problems()));
        assertTrue(alice.problems().get(0).message().contains("\"userPrincipalName\""),
                alice.problems().get(0)::message);
    }

    @Test
    void bobsUpnDiffersFromHisMailWhenSecureMailSendsTheUpn() throws Exception {
        ExpansionPreview upn = preview("bob", CredentialPolicy.USER_PRINCIPAL_NAME);
        assertEquals(List.of(ProblemKind.UPN_MAIL_DIFFER), kinds(upn.userProblems()));
        assertTrue(upn.userProblems().get(0).message().contains("bob@corp.contoso.test"));
        assertEquals(List.of(), preview("bob", CredentialPolicy.SAM_ACCOUNT_NAME).userProblems());
    }

    @Test
    void carolHasNoUpn() throws Exception {
        ExpansionPreview carol = preview("carol@contoso.test", CredentialPolicy.USER_PRINCIPAL_NAME);
        ExpandedAttribute upn = attribute(carol, "userPrincipalName");
        assertNull(upn.value());
        assertEquals(List.of(ProblemKind.ATTRIBUTE_MISSING), kinds(upn.problems()));
        assertTrue(carol.failsSso());
    }

    @Test
    void daveHasTwoMailAddresses() throws Exception {
        ExpandedAttribute mail = attribute(preview("dave", CredentialPolicy.USER_PRINCIPAL_NAME), "mail");
        assertEquals(List.of(ProblemKind.MULTI_VALUED), kinds(mail.problems()));
        assertTrue(mail.problems().get(0).message().contains("d.dunn@contoso.test"));
    }

    @Test
    void zoesDisplayNameIsNotAscii() throws Exception {
        ExpandedAttribute name = attribute(preview("zoe", CredentialPolicy.USER_PRINCIPAL_NAME), "displayName");
        assertEquals("Zoë Łukasiewicz", name.value());
        assertEquals(List.of(ProblemKind.NON_ASCII), kinds(name.problems()));
    }

    @Test
    void anUnknownUser() throws Exception {
        ExpansionPreview nobody = preview("nobody@contoso.test", CredentialPolicy.UNKNOWN);
        assertNull(nobody.user());
        assertEquals(List.of(ProblemKind.USER_NOT_FOUND), kinds(nobody.problems()));
        assertTrue(nobody.failsSso());
    }

    @Test
    void twoUsersWithTheSameAddress() throws Exception {
        String first = "cn=twin-a," + InMemoryDirectory.USERS;
        String second = "cn=twin-b," + InMemoryDirectory.USERS;
        for (String dn : List.of(first, second)) {
            directory.server().add("dn: " + dn, "objectClass: user", "cn: " + dn.substring(3, 9), "sn: Twin",
                    "mail: twins@contoso.test");
        }
        try {
            ExpansionPreview twins = preview("twins@contoso.test", CredentialPolicy.UNKNOWN);
            assertEquals(List.of(ProblemKind.AMBIGUOUS_USER), kinds(twins.problems()));
            assertTrue(twins.problems().get(0).message().contains(first));
        } finally {
            directory.server().delete(first);
            directory.server().delete(second);
        }
    }
}
