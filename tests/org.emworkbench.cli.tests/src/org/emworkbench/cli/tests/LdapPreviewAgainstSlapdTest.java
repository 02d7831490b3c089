/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.Slapd;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code emw ldap-preview} and {@code emw validate --online} (SSO-019) with the
 * Contoso example against Debian's slapd on loopback, serving the shared test
 * directory whose personas and bind account are the example's. The bind
 * password reaches the command as the environment variable the example's
 * credential reference names, and must never come back in its output.
 */
class LdapPreviewAgainstSlapdTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    /** The example's credential reference: {@code env:EMW_LDAP_PASSWORD}. */
    private static final String VARIABLE = "EMW_LDAP_PASSWORD";
    private static final String MEGAN = "megan.bowen@contoso.com";
    private static final String ALEX = "alex.wilber@fabrikam.com";
    private static final String EXAMPLE_VALUE = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountName=${user.samaccountname},displayName=${user.displayname},mail=${user.mail}";

    @TempDir
    Path folder;

    private static Slapd server() {
        return SLAPD.server();
    }

    private static String example() {
        return Examples.file("contoso/contoso.emw").toString();
    }

    private static String ldapUrl() {
        return server().ldapUrl();
    }

    /** Runs emw with the service account's password in the environment, and checks it is never printed. */
    private static Emw withPassword(String... arguments) {
        return checked(Map.of(VARIABLE, server().data().servicePassword()), arguments);
    }

    private static Emw checked(Map<String, String> environment, String... arguments) {
        Emw emw = Emw.withEnvironment(environment, arguments);
        String password = server().data().servicePassword();
        assertFalse(emw.stdout().contains(password) || emw.stderr().contains(password),
                "the bind password appears in the output");
        for (String value : environment.values()) {
            assertFalse(emw.stdout().contains(value) || emw.stderr().contains(value),
                    "a password from the environment appears in the output");
        }
        return emw;
    }

    @Test
    void theExamplePersonaExpandsToItsDirectoryValues() {
        Emw emw = withPassword("ldap-preview", example(), "--user", MEGAN, "--ldap-url", ldapUrl());

        assertEquals(0, emw.exit(), emw.describe());
        String out = emw.stdout();
        // slapd writes the DN's attribute names in lower case; DNs compare ignoring it.
        assertTrue(lower(out).startsWith(lower(MEGAN + ": " + DirectoryData.MEGAN_DN + "\n")), out);
        assertTrue(out.contains("userPrincipalName  ${user.userprincipalname}  => megan.bowen@contoso.com\n"), out);
        assertTrue(out.contains("sAMAccountName     ${user.samaccountname}     => mbowen\n"), out);
        assertTrue(out.contains("displayName        ${user.displayname}        => Megan Bowen\n"), out);
        assertTrue(out.contains("mail               ${user.mail}               => megan.bowen@contoso.com\n"), out);
        // The example writes the macros in lower case; LDAP does not mind, the preview says so.
        assertTrue(out.contains("info    DIR-004: the macro writes \"userprincipalname\", the directory"
                + " \"userPrincipalName\""), out);
        assertTrue(out.contains("result: SSO would work (0 errors, 0 warnings, 3 infos)"), out);
        assertTrue(emw.stderr().contains("at 127.0.0.1:" + server().ldapPort() + " (none, base DC=contoso,DC=com,"
                + " bind " + DirectoryData.SERVICE_DN + "); credential policy user_principal_name"), emw.stderr());
        assertTrue(emw.stderr().contains("is plain LDAP, so the bind password crosses the network readable"),
                emw.stderr());
    }

    @Test
    void theSecondPersonaWarnsThatUpnAndMailDiffer() {
        Emw emw = withPassword("ldap-preview", example(), "--user", ALEX, "--ldap-url", ldapUrl());

        assertEquals(0, emw.exit(), "a warning is not a failure: " + emw.describe());
        assertTrue(emw.stdout().contains("warning DIR-005: Secure Mail logs on with the userPrincipalName"
                + " \"alex.wilber@contoso.com\", which differs from the mail address \"" + ALEX + "\""),
                emw.stdout());
    }

    @Test
    void everyProblemKindTheDataSetCanShowAppears() throws IOException {
        String model = model("kinds.emw", "userPrincipalName=${user.userPrincipalName},mail=${user.mail},"
                + "displayName=${user.displayname},department=${user.department 'none'},"
                + "device=${device.serialNumber},login=${user.loginname},lowered=${user.mail | lower},"
                + "=${user.mail},broken=${user.mail!}");

        Emw emw = withPassword("ldap-preview", model, "--ldap-url", ldapUrl(), "--user", MEGAN, "--user", ALEX,
                "--user", "nwilke", "--user", "lynne.robbins@contoso.com", "--user", "zoe.angstrom@contoso.com",
                "--user", "nobody@contoso.com", "--user", "adele.vance@contoso.com", "--user",
                DirectoryData.JOHANNA_MAIL);

        assertEquals(1, emw.exit(), emw.describe());
        String out = emw.stdout();
        for (String expected : List.of("error   DIR-001: the user has no userPrincipalName",
                "error   DIR-002: the user's displayName is empty",
                "error   DIR-012: 2 users match \"" + DirectoryData.JOHANNA_MAIL + "\"",
                "warning DIR-001: the user has no department; Secure Hub would send the default \"none\"",
                "warning DIR-003: the user has 2 values of mail", "info    DIR-004: the macro writes \"displayname\"",
                "warning DIR-005: Secure Mail logs on with the userPrincipalName",
                "warning DIR-006: the value \"Zoë Ångström\" has characters outside ASCII",
                "error   DIR-007: the macro cannot be read", "warning DIR-008: ${device.serialNumber} does not read",
                "info    DIR-009: the server computes ${user.loginname}", "info    DIR-010: ${user.mail | lower}",
                "error   DIR-011: no user has the mail, userPrincipalName or sAMAccountName \"nobody@contoso.com\"",
                "error   DIR-013: the entry \"${user.mail}\" has no name")) {
            assertTrue(out.contains(expected), expected + " in\n" + out);
        }
        assertTrue(lower(out).contains(lower("nwilke: " + DirectoryData.NESTOR_DN + "\n")), out);
        assertTrue(out.contains("nobody@contoso.com: no single user\n"), out);
        assertTrue(out.contains(DirectoryData.JOHANNA_MAIL + ": no single user\n"), out);
        assertTrue(emw.stderr().contains("8 users: 8 would fail SSO"), emw.stderr());
    }

    @Test
    void jsonOfOneUserParsesAndHoldsEveryAttribute() throws IOException {
        Emw emw = withPassword("ldap-preview", example(), "--user", ALEX, "--ldap-url", ldapUrl(), "--format",
                "json");

        assertEquals(0, emw.exit(), emw.describe());
        JsonNode document = new ObjectMapper().readTree(emw.stdout());
        assertEquals(1, document.get("shapeVersion").asInt());
        assertEquals("user_principal_name", document.get("credentialPolicy").asText());
        JsonNode alex = document.get("users").get(0);
        assertEquals(lower(DirectoryData.ALEX_DN), lower(alex.get("dn").asText()));
        assertFalse(alex.get("failsSso").asBoolean());
        List<String> values = new ArrayList<>();
        alex.get("attributes").forEach(attribute -> values.add(attribute.get("value").asText()));
        assertEquals(List.of("alex.wilber@contoso.com", "awilber", "Alex Wilber", ALEX), values);
        JsonNode differ = alex.get("userProblems").get(0);
        assertEquals("DIR-005", differ.get("id").asText());
        assertEquals("upn_mail_differ", differ.get("kind").asText());
        assertEquals("warning", differ.get("severity").asText());
        assertEquals(0, document.get("summary").get("exitCode").asInt());
    }

    @Test
    void aBatchOverNestedGroupsListsTheUsersWhoWouldFail() {
        Emw emw = withPassword("ldap-preview", example(), "--ldap-url", ldapUrl(), "--group",
                DirectoryData.MOBILE_MAIL_DN);

        assertEquals(1, emw.exit(), emw.describe());
        List<String> lines = lower(emw.stdout()).lines().toList();
        assertEquals(2, lines.size(), emw.stdout());
        // Each failing user by mail (else UPN, else sAMAccountName) and DN, then the errors.
        assertTrue(lines.contains(lower("nestor.wilke@contoso.com " + DirectoryData.NESTOR_DN
                + ": DIR-001 userPrincipalName: the user has no userPrincipalName")), emw.stdout());
        assertTrue(lines.contains(lower("isaiah.langer@contoso.com " + DirectoryData.ISAIAH_DN
                + ": DIR-001 displayName: the user has no displayName; DIR-001 mail: the user has no mail")),
                emw.stdout());
        // Seven direct members, Pradeep through Sales, Zoë again through Sales EMEA (counted once).
        assertTrue(emw.stderr().contains("emw: 8 users in 3 groups: 2 would fail SSO"), emw.stderr());
    }

    @Test
    void aBatchOverTheDeliveryGroupWritesJsonLines() throws IOException {
        Emw emw = withPassword("ldap-preview", example(), "--ldap-url", ldapUrl(), "--delivery-group",
                "Mobile Mail", "--format", "json", "--membership", "member");

        assertEquals(1, emw.exit(), emw.describe());
        ObjectMapper json = new ObjectMapper();
        Set<String> failing = new HashSet<>();
        for (String line : emw.stdout().lines().toList()) {
            JsonNode user = json.readTree(line);
            assertTrue(user.get("failsSso").asBoolean(), line);
            failing.add(lower(user.get("dn").asText()));
        }
        assertEquals(Set.of(lower(DirectoryData.NESTOR_DN), lower(DirectoryData.ISAIAH_DN)), failing);
    }

    @Test
    void aGroupThatDoesNotExistIsReported() {
        String missing = "CN=No Such Group,OU=Groups,DC=contoso,DC=com";

        Emw emw = withPassword("ldap-preview", example(), "--ldap-url", ldapUrl(), "--group", missing);

        assertEquals(1, emw.exit(), emw.describe());
        assertTrue(emw.stderr().contains("the group " + missing + " does not exist"), emw.stderr());
    }

    @Test
    void aWrongPasswordIsAnEnvironmentFailureThatNeverShowsThePassword() {
        String wrong = "wrong-" + Long.toHexString(System.nanoTime());

        Emw emw = checked(Map.of(VARIABLE, wrong), "ldap-preview", example(), "--user", MEGAN, "--ldap-url",
                ldapUrl());

        assertEquals(3, emw.exit(), emw.describe());
        assertEquals("", emw.stdout());
        assertTrue(emw.stderr().contains("127.0.0.1:" + server().ldapPort() + ": "), emw.stderr());
        assertTrue(emw.stderr().contains("check the bind DN and the password"), emw.stderr());
    }

    @Test
    void aMissingPasswordVariableIsUnusableInputNamingTheVariable() {
        Emw emw = checked(Map.of(), "ldap-preview", example(), "--user", MEGAN, "--ldap-url", ldapUrl());

        assertEquals(2, emw.exit(), emw.describe());
        assertTrue(emw.stderr().contains("the environment variable " + VARIABLE + " named by the bind credential"
                + " env:" + VARIABLE + " is not set"), emw.stderr());
        assertTrue(emw.stderr().contains("--password-env VAR or --password-file FILE"), emw.stderr());
    }

    @Test
    void anotherVariableAndAPasswordFileAreAlternatives() throws IOException {
        Path file = Files.writeString(folder.resolve("password.txt"), server().data().servicePassword() + "\n",
                StandardCharsets.UTF_8);

        Emw fromVariable = checked(Map.of("CONTOSO_BIND", server().data().servicePassword()), "ldap-preview",
                example(), "--user", "mbowen", "--ldap-url", ldapUrl(), "--password-env", "CONTOSO_BIND");
        Emw fromFile = checked(Map.of(), "ldap-preview", example(), "--user", "mbowen", "--ldap-url", ldapUrl(),
                "--password-file", file.toString(), "--bind-dn", DirectoryData.SERVICE_DN);

        assertEquals(0, fromVariable.exit(), fromVariable.describe());
        assertEquals(0, fromFile.exit(), fromFile.describe());
        assertTrue(lower(fromFile.stdout()).startsWith(lower("mbowen: " + DirectoryData.MEGAN_DN)), fromFile.stdout());
    }

    /** Injection-like input is a value that no user has: DIR-011 and exit 1, never a match. */
    @ParameterizedTest
    @ValueSource(strings = { "*", "*)(uid=*", "*)(|(objectClass=*)", "megan*", "\\2a", "mbowen)(mail=*" })
    void injectionLikeInputFindsNobody(String input) {
        Emw emw = withPassword("ldap-preview", example(), "--user", input, "--ldap-url", ldapUrl());

        assertEquals(1, emw.exit(), emw.describe());
        assertTrue(emw.stdout().startsWith(input + ": no single user\n"), emw.stdout());
        assertTrue(emw.stdout().contains("DIR-011"), emw.stdout());
    }

    @Test
    void aStoppedServerIsAnEnvironmentFailureNamingHostAndPort() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Emw emw = withPassword("ldap-preview", example(), "--user", MEGAN, "--ldap-url", "ldap://127.0.0.1:" + closed,
                "--timeout", "5");

        assertEquals(3, emw.exit(), emw.describe());
        assertTrue(emw.stderr().contains("emw: 127.0.0.1:" + closed + ": "), emw.stderr());
        assertTrue(emw.stderr().contains("check host and port"), emw.stderr());
    }

    @Test
    void ldapsAndStartTlsVerifyTheServerWithTheTrustStore() throws IOException {
        String trust = trustStore().toString();

        Emw ldaps = withPassword("ldap-preview", example(), "--user", MEGAN, "--ldap-url",
                "ldaps://" + Slapd.NAME + ":" + server().ldapsPort(), "--trust-store", trust);
        Emw startTls = withPassword("ldap-preview", example(), "--user", MEGAN, "--ldap-url",
                "ldap://" + Slapd.NAME + ":" + server().ldapPort(), "--start-tls", "--trust-store", trust);
        Emw untrusted = withPassword("ldap-preview", example(), "--user", MEGAN, "--ldap-url",
                "ldaps://" + Slapd.NAME + ":" + server().ldapsPort());

        assertEquals(0, ldaps.exit(), ldaps.describe());
        assertFalse(ldaps.stderr().contains("plain LDAP"), ldaps.stderr());
        assertEquals(0, startTls.exit(), startTls.describe());
        assertTrue(startTls.stderr().contains("(startTls, base DC=contoso,DC=com"), startTls.stderr());
        assertEquals(3, untrusted.exit(), untrusted.describe());
        assertTrue(untrusted.stderr().contains("choose a trust store"), untrusted.stderr());
    }

    @Test
    void unusableArgumentsAreRefusedBeforeAnyConnection() {
        assertEquals(2, Emw.run("ldap-preview", example()).exit());
        assertEquals(2, Emw.run("ldap-preview", example(), "--user", MEGAN, "--ldap-url", "http://x").exit());
        assertEquals(2, Emw.run("ldap-preview", example(), "--user", MEGAN, "--group", "CN=x").exit());
        assertEquals(2, Emw.run("ldap-preview", example(), "--user", MEGAN, "--start-tls").exit());
        assertEquals(2, Emw.run("ldap-preview", example(), "--delivery-group", "Nobody").exit());
        Emw typedPassword = Emw.run("ldap-preview", example(), "--user", MEGAN, "--password-env", "s3cr3t!pw");
        assertEquals(2, typedPassword.exit());
        assertFalse(typedPassword.stderr().contains("s3cr3t!pw"), "a password typed by mistake is not echoed");
    }

    @Test
    void onlineValidationExpandsForEveryPersona() {
        Emw emw = withPassword("validate", "--online", "--disable", "SSO-018", "--ldap-url", ldapUrl(), example());

        assertEquals(0, emw.exit(), "only a warning: " + emw.describe());
        List<String> lines = emw.stdout().lines().toList();
        assertEquals(1, lines.size(), emw.stdout());
        assertTrue(lines.get(0).startsWith(example() + ": warning SSO-019 /directory/personas[" + ALEX + "]: DIR-005:"
                + " Secure Mail logs on with the userPrincipalName \"alex.wilber@contoso.com\", which differs from the"
                + " mail address \"" + ALEX + "\"; make the UPN equal to the mail address"), emw.stdout());
    }

    @Test
    void onlineValidationWithoutAPasswordCouldNotCheckThePersonas() {
        Emw emw = checked(Map.of(), "validate", "--online", "--disable", "SSO-018", "--ldap-url", ldapUrl(),
                example());

        assertEquals(3, emw.exit(), emw.describe());
        assertTrue(emw.stdout().contains(": error SSO-019 /directory/personas[" + MEGAN + "]: could not be checked:"
                + " 127.0.0.1:" + server().ldapPort() + ": the environment variable " + VARIABLE), emw.stdout());
        assertEquals(2, emw.stdout().lines().filter(line -> line.contains("could not be checked")).count(),
                emw.stdout());
    }

    @Test
    void onlineValidationReportsAPersonaTheDirectoryDoesNotHave() throws IOException {
        String model = Files.writeString(folder.resolve("ghost.emw"), Files
                .readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8)
                .replace("mail=\"megan.bowen@contoso.com\"", "mail=\"megan.ghost@contoso.com\""),
                StandardCharsets.UTF_8).toString();

        Emw emw = withPassword("validate", "--online", "--disable", "SSO-018", "--ldap-url", ldapUrl(), model);

        assertEquals(1, emw.exit(), emw.describe());
        assertTrue(emw.stdout().contains(": error SSO-019 /directory/personas[megan.ghost@contoso.com]: DIR-011: no"
                + " user has the mail, userPrincipalName or sAMAccountName \"megan.ghost@contoso.com\""),
                emw.stdout());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private String model(String name, String sendLdapAttributes) throws IOException {
        String text = Files.readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8);
        assertTrue(text.contains(EXAMPLE_VALUE), "the example's SEND_LDAP_ATTRIBUTES changed");
        String escaped = sendLdapAttributes.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return Files.writeString(folder.resolve(name), text.replace(EXAMPLE_VALUE, escaped), StandardCharsets.UTF_8)
                .toString();
    }

    /** A JKS store with the test CA: EMW reads trust stores without a password, which JKS allows. */
    private Path trustStore() throws IOException {
        Path file = folder.resolve("trust.jks");
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            store.setCertificateEntry("test-ca", server().ca().caCertificate());
            store.store(out, "unused".toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        return file;
    }
}
