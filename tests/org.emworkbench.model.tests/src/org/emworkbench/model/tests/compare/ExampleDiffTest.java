/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;

/**
 * The diff of the good Contoso model and each broken example names exactly
 * the one mistake examples/contoso/README.md says the example has.
 */
class ExampleDiffTest {

    private static final String SECURE_MAIL_IOS = "/applications[Secure Mail,ios]/policyValues[";
    private static final String SECURE_MAIL_ANDROID = "/applications[Secure Mail,android]/policyValues[";
    private static final String LDAP_ATTRIBUTES = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountName=${user.samaccountname},displayName=${user.displayname}";

    /** Each broken example and its differences from contoso.emw. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("broken-server-version.emw", List.of("changed /server/version: 10.15 -> 10.4")),
            Map.entry("broken-passcode-auth.emw",
                    List.of("changed /server/clientProperties[ENABLE_PASSCODE_AUTH]/value: true -> false")),
            Map.entry("broken-password-caching.emw",
                    List.of("changed /server/clientProperties[ENABLE_PASSWORD_CACHING]/value: true -> false")),
            Map.entry("broken-credential-store.emw",
                    List.of("removed /server/clientProperties[ENABLE_CREDENTIAL_STORE]")),
            Map.entry("broken-ldap-attributes.emw",
                    List.of("changed /server/clientProperties[SEND_LDAP_ATTRIBUTES]/value: " + LDAP_ATTRIBUTES
                            + ",mail=${user.mail} -> " + LDAP_ATTRIBUTES)),
            Map.entry("broken-macro-blanks.emw",
                    List.of("changed /server/clientProperties[SEND_LDAP_ATTRIBUTES]/value: " + LDAP_ATTRIBUTES
                            + ",mail=${user.mail} -> userPrincipalName=${user.userprincipalname},"
                            + "sAMAccountNAme=${user.samaccountname}, displayName= ${ user.displayName} ,"
                            + "mail= ${ user.mail}")),
            Map.entry("broken-mam-macro-support.emw", List.of("removed /server/serverProperties[MAM_MACRO_SUPPORT]")),
            Map.entry("broken-initial-auth-mechanism.emw", List.of(
                    "changed " + SECURE_MAIL_ANDROID + "InitialAuthenticationMechanism]/value: userEmailAddress"
                            + " -> mdxProvidedServerAddress",
                    "changed " + SECURE_MAIL_IOS + "InitialAuthenticationMechanism]/value: userEmailAddress"
                            + " -> mdxProvidedServerAddress")),
            Map.entry("broken-initial-auth-credentials.emw", List.of(
                    "changed " + SECURE_MAIL_ANDROID + "InitialAuthenticationCredentials]/value: userPrincipalName"
                            + " -> sAMAccountName",
                    "changed " + SECURE_MAIL_IOS + "InitialAuthenticationCredentials]/value: userPrincipalName"
                            + " -> sAMAccountName")),
            Map.entry("broken-exchange-server-policy.emw", List.of(
                    "changed " + SECURE_MAIL_ANDROID + "ExchangeServer]/value:  -> mail.contoso.com",
                    "changed " + SECURE_MAIL_IOS + "ExchangeServer]/value:  -> mail.contoso.com")),
            Map.entry("broken-user-domain-policy.emw", List.of(
                    "changed " + SECURE_MAIL_ANDROID + "UserDomain]/value:  -> CONTOSO",
                    "changed " + SECURE_MAIL_IOS + "UserDomain]/value:  -> CONTOSO")),
            Map.entry("broken-secure-mail-not-delivered.emw",
                    List.of("changed /deliveryGroups[Mobile Mail]/enabled: true -> false")),
            Map.entry("broken-autodiscovery-registration.emw", List.of(
                    "changed /enrollment/methods: removed [serverAddressTyped] added []",
                    "removed /enrollment/autoDiscoveryRegistrations[fabrikam.com]")),
            Map.entry("broken-srv-record.emw", List.of(
                    "added /exchange/mailDomains[fabrikam.com]/expectedSrvRecords[mail.fabrikam.com,80]"
                            + " {priority=0, weight=0, port=80, target=mail.fabrikam.com}",
                    "removed /exchange/mailDomains[fabrikam.com]/expectedSrvRecords[mail.fabrikam.com.,443]")),
            Map.entry("broken-srv-target-leak.emw", List.of(
                    "added /exchange/mailDomains[fabrikam.com]/expectedSrvRecords[autodiscover.com.,443]"
                            + " {priority=0, weight=0, port=443, target=autodiscover.com.}",
                    "removed /exchange/mailDomains[fabrikam.com]/expectedSrvRecords[mail.fabrikam.com.,443]")),
            Map.entry("broken-boolean-spelling.emw",
                    List.of("changed /server/clientProperties[ENABLE_PASSWORD_CACHING]/value: true -> TRUE")),
            Map.entry("broken-directory-attributes.emw",
                    List.of("changed /directory/userAttributes: removed [sAMAccountName] added []")));

    @Test
    void eachBrokenExampleDiffersFromTheGoodOneInExactlyItsMistake() {
        Deployment good = Differences.load(Examples.file("contoso/contoso.emw"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> example : new java.util.TreeMap<>(EXPECTED).entrySet()) {
            Deployment broken = Differences.load(Examples.file("contoso/" + example.getKey()));
            List<String> actual = Differences.between(good, broken);
            if (!actual.equals(example.getValue())) {
                failures.add(example.getKey() + ":\n  expected " + example.getValue() + "\n  actual   " + actual);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyBrokenExampleHasItsExpectedDiff() {
        TreeSet<String> brokenFiles = new TreeSet<>();
        for (Path file : Examples.all()) {
            String name = file.getFileName().toString();
            if (name.startsWith("broken-") && file.getParent().getFileName().toString().equals("contoso")) {
                brokenFiles.add(name);
            }
        }
        assertEquals(brokenFiles, new TreeSet<>(EXPECTED.keySet()));
    }

    @Test
    void theDiffIsSymmetric() {
        Deployment good = Differences.load(Examples.file("contoso/contoso.emw"));
        Deployment broken = Differences.load(Examples.file("contoso/broken-credential-store.emw"));
        assertEquals(List.of("added /server/clientProperties[ENABLE_CREDENTIAL_STORE] {key=ENABLE_CREDENTIAL_STORE,"
                + " value=true, displayName=Enable Credential Store, description=Added for Secure Mail SSO.,"
                + " predefined=false}"), Differences.between(broken, good));
    }

    @Test
    void aModelEqualsItself() {
        for (Path file : Examples.all()) {
            assertEquals(List.of(), Differences.between(Differences.load(file), Differences.load(file)),
                    file.toString());
        }
    }
}
