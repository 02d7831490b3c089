/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import static org.emworkbench.directory.tests.servers.AdLikeSchema.COMMON_NAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.DISPLAY_NAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.GIVEN_NAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.MAIL;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.MEMBER;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.MEMBER_OF;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.SAM_ACCOUNT_NAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.SURNAME;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.USER_PASSWORD;
import static org.emworkbench.directory.tests.servers.AdLikeSchema.USER_PRINCIPAL_NAME;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldif.LDIFWriter;

/**
 * The one AD-like data set that every test directory serves, UnboundID's
 * in-memory server and slapd alike. It mirrors the Contoso example
 * ({@code examples/contoso/contoso.emw}): base {@value #BASE_DN}, the
 * service account {@value #SERVICE_DN} and the personas Megan Bowen and Alex
 * Wilber, so that the example model works against a test server unchanged.
 * Beside them it holds the users every expansion problem needs (see the
 * constants), nested groups, a group cycle, and {@link #bulkUsers()}
 * generated users {@code user00001 …} in the group {@value #BULK_GROUP_DN}.
 * <p>
 * All names are fixed; only the service account's password is made per
 * instance ({@link #servicePassword()}), and {@link #toString()} does not
 * show it. {@code memberOf} holds each entry's direct groups, as AD's does.
 */
public final class DirectoryData {

    /** The naming context. */
    public static final String BASE_DN = "DC=contoso,DC=com";
    /** Container of the people. */
    public static final String PEOPLE_DN = "OU=People," + BASE_DN;
    /** Container of the groups. */
    public static final String GROUPS_DN = "OU=Groups," + BASE_DN;
    /** Container of the generated users. */
    public static final String BULK_DN = "OU=Bulk," + BASE_DN;
    /** Container of the service account. */
    public static final String SERVICE_ACCOUNTS_DN = "OU=Service Accounts," + BASE_DN;
    /** The account the workbench binds with; its password is {@link #servicePassword()}. */
    public static final String SERVICE_DN = "CN=svc-emm," + SERVICE_ACCOUNTS_DN;

    /** Persona of the example: UPN and mail agree. */
    public static final String MEGAN_DN = "CN=Megan Bowen," + PEOPLE_DN;
    /** Persona of the example: mail (fabrikam.com) differs from the UPN (contoso.com). */
    public static final String ALEX_DN = "CN=Alex Wilber," + PEOPLE_DN;
    /** A legacy account without userPrincipalName. */
    public static final String NESTOR_DN = "CN=Nestor Wilke," + PEOPLE_DN;
    /** A user with two mail values. */
    public static final String LYNNE_DN = "CN=Lynne Robbins," + PEOPLE_DN;
    /** A user whose name (and DN) is not ASCII: Zoë Ångström. */
    public static final String ZOE_DN = "CN=Zoë Ångström," + PEOPLE_DN;
    /** A user whose display name is in Japanese: 渡辺 健. */
    public static final String KEN_DN = "CN=Ken Watanabe," + PEOPLE_DN;
    /** A user whose UPN differs from the mail only in letter case. */
    public static final String PRADEEP_DN = "CN=Pradeep Gupta," + PEOPLE_DN;
    /** A user with neither mail nor displayName. */
    public static final String ISAIAH_DN = "CN=Isaiah Langer," + PEOPLE_DN;
    /** A user whose displayName is blank (one space): there, but empty. */
    public static final String ADELE_DN = "CN=Adele Vance," + PEOPLE_DN;
    /** One of two accounts with the mail address {@value #JOHANNA_MAIL}: her own. */
    public static final String JOHANNA_DN = "CN=Johanna Lorenz," + PEOPLE_DN;
    /** The other account with {@value #JOHANNA_MAIL}: her administrator account, as some sites keep them. */
    public static final String JOHANNA_ADMIN_DN = "CN=Johanna Lorenz (Admin)," + PEOPLE_DN;
    /** The mail address two accounts share, so that looking it up finds both. */
    public static final String JOHANNA_MAIL = "johanna.lorenz@contoso.com";

    /** The example's delivery group: the people above and, nested, {@link #SALES_DN}. */
    public static final String MOBILE_MAIL_DN = "CN=Mobile Mail Users," + GROUPS_DN;
    /** The example's second group: Alex only. */
    public static final String EXECUTIVES_DN = "CN=Executives," + GROUPS_DN;
    /** A nested group: Pradeep and the group {@link #SALES_EMEA_DN}. */
    public static final String SALES_DN = "CN=Sales," + GROUPS_DN;
    /** Nested two levels below {@link #MOBILE_MAIL_DN}: Zoë. */
    public static final String SALES_EMEA_DN = "CN=Sales EMEA," + GROUPS_DN;
    /** One half of a membership cycle: Megan and {@link #CYCLE_B_DN}. */
    public static final String CYCLE_A_DN = "CN=Cycle A," + GROUPS_DN;
    /** The other half of the cycle: Alex and {@link #CYCLE_A_DN}. */
    public static final String CYCLE_B_DN = "CN=Cycle B," + GROUPS_DN;
    /** All generated users, and nothing else. */
    public static final String BULK_GROUP_DN = "CN=Bulk Users," + GROUPS_DN;

    /** How many generated users {@link #standard()} has. */
    public static final int STANDARD_BULK_USERS = 10_000;

    private final int bulkUsers;
    private final String servicePassword;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private DirectoryData(int bulkUsers) {
        if (bulkUsers < 0 || bulkUsers > 99_999) {
            throw new IllegalArgumentException("bulk users must be 0 … 99999, not " + bulkUsers);
        }
        this.bulkUsers = bulkUsers;
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.servicePassword = "t-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        build();
    }

    /** @return the data set with {@value #STANDARD_BULK_USERS} generated users */
    public static DirectoryData standard() {
        return new DirectoryData(STANDARD_BULK_USERS);
    }

    /**
     * @param bulkUsers how many generated users, 0 for a small and quick directory
     * @return the data set with that many generated users
     */
    public static DirectoryData withBulkUsers(int bulkUsers) {
        return new DirectoryData(bulkUsers);
    }

    /** @return the number of generated users in {@link #BULK_GROUP_DN} */
    public int bulkUsers() {
        return bulkUsers;
    }

    /** @return the DNs of the named (not generated) users, the service account excluded */
    public static List<String> namedUserDns() {
        return List.of(MEGAN_DN, ALEX_DN, NESTOR_DN, LYNNE_DN, ZOE_DN, KEN_DN, PRADEEP_DN, ISAIAH_DN, ADELE_DN,
                JOHANNA_DN, JOHANNA_ADMIN_DN);
    }

    /** @return the DNs of the groups */
    public static List<String> groupDns() {
        return List.of(MOBILE_MAIL_DN, EXECUTIVES_DN, SALES_DN, SALES_EMEA_DN, CYCLE_A_DN, CYCLE_B_DN,
                BULK_GROUP_DN);
    }

    /**
     * @param number 1 … {@link #bulkUsers()}
     * @return the DN of that generated user, e.g. {@code CN=User 00001,OU=Bulk,DC=contoso,DC=com}
     */
    public static String bulkUserDn(int number) {
        return "CN=User " + bulkNumber(number) + "," + BULK_DN;
    }

    /** @return the number of entries of {@code objectClass=user}: named, generated and the service account */
    public int userCount() {
        return namedUserDns().size() + bulkUsers + 1;
    }

    /** @return the test-only password of {@link #SERVICE_DN}, made for this instance */
    public String servicePassword() {
        return servicePassword;
    }

    /**
     * @return copies of all entries, parents first; the service account's userPassword in clear text, as
     *         UnboundID's in-memory server compares it
     */
    public List<Entry> entries() {
        return entries.values().stream().map(Entry::duplicate).toList();
    }

    /**
     * @param dn an entry's DN
     * @return a copy of the entry
     * @throws IllegalArgumentException when the data set has none
     */
    public Entry entry(String dn) {
        Entry entry = entries.get(normalize(dn));
        if (entry == null) {
            throw new IllegalArgumentException("no entry " + dn + " in the test data");
        }
        return entry.duplicate();
    }

    /**
     * Writes the entries as LDIF, with the service account's password replaced by
     * {@code passwordValue} (e.g. a salted hash for slapd, so that no clear text lands on disk).
     *
     * @param file          where to write
     * @param passwordValue the userPassword value to store
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path writeLdif(Path file, String passwordValue) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); LDIFWriter ldif = new LDIFWriter(out)) {
            for (Entry entry : entries.values()) {
                Entry copy = entry.duplicate();
                if (copy.hasAttribute(USER_PASSWORD)) {
                    copy.setAttribute(USER_PASSWORD, passwordValue);
                }
                ldif.writeEntry(copy);
            }
        }
        return file;
    }

    /** Does not show the password. */
    @Override
    public String toString() {
        return "DirectoryData[" + BASE_DN + ", " + entries.size() + " entries, " + bulkUsers + " generated users]";
    }

    private void build() {
        add(container(BASE_DN, "domain", "dc", "contoso"));
        for (String ou : List.of(PEOPLE_DN, GROUPS_DN, BULK_DN, SERVICE_ACCOUNTS_DN)) {
            add(container(ou, "organizationalUnit", "ou", firstValue(ou)));
        }
        Entry service = user(SERVICE_DN, "svc-emm", "Service", null, "svc-emm", null);
        service.setAttribute(DISPLAY_NAME, "EMW service account");
        service.setAttribute(USER_PASSWORD, servicePassword);
        add(service);

        add(user(MEGAN_DN, "Bowen", "Megan", "megan.bowen@contoso.com", "mbowen", "Megan Bowen",
                "megan.bowen@contoso.com"));
        add(user(ALEX_DN, "Wilber", "Alex", "alex.wilber@contoso.com", "awilber", "Alex Wilber",
                "alex.wilber@fabrikam.com"));
        add(user(NESTOR_DN, "Wilke", "Nestor", null, "nwilke", "Nestor Wilke", "nestor.wilke@contoso.com"));
        add(user(LYNNE_DN, "Robbins", "Lynne", "lynne.robbins@contoso.com", "lrobbins", "Lynne Robbins",
                "lynne.robbins@contoso.com", "lrobbins@contoso.com"));
        add(user(ZOE_DN, "Ångström", "Zoë", "zoe.angstrom@contoso.com", "zangstrom", "Zoë Ångström",
                "zoe.angstrom@contoso.com"));
        add(user(KEN_DN, "Watanabe", "Ken", "ken.watanabe@contoso.com", "kwatanabe", "渡辺 健",
                "ken.watanabe@contoso.com"));
        add(user(PRADEEP_DN, "Gupta", "Pradeep", "Pradeep.Gupta@CONTOSO.com", "pgupta", "Pradeep Gupta",
                "pradeep.gupta@contoso.com"));
        add(user(ISAIAH_DN, "Langer", "Isaiah", "isaiah.langer@contoso.com", "ilanger", null));
        add(user(ADELE_DN, "Vance", "Adele", "adele.vance@contoso.com", "avance", " ", "adele.vance@contoso.com"));
        add(user(JOHANNA_DN, "Lorenz", "Johanna", JOHANNA_MAIL, "jlorenz", "Johanna Lorenz", JOHANNA_MAIL));
        add(user(JOHANNA_ADMIN_DN, "Lorenz", "Johanna", "adm-jlorenz@contoso.com", "adm-jlorenz",
                "Johanna Lorenz (Admin)", JOHANNA_MAIL));

        add(group(MOBILE_MAIL_DN, MEGAN_DN, ALEX_DN, NESTOR_DN, LYNNE_DN, ZOE_DN, KEN_DN, ISAIAH_DN, SALES_DN));
        add(group(EXECUTIVES_DN, ALEX_DN));
        add(group(SALES_DN, PRADEEP_DN, SALES_EMEA_DN));
        add(group(SALES_EMEA_DN, ZOE_DN));
        add(group(CYCLE_A_DN, MEGAN_DN, CYCLE_B_DN));
        add(group(CYCLE_B_DN, ALEX_DN, CYCLE_A_DN));

        List<String> bulkMembers = new ArrayList<>(bulkUsers);
        for (int number = 1; number <= bulkUsers; number++) {
            String name = "user" + bulkNumber(number);
            String address = name + "@contoso.com";
            add(user(bulkUserDn(number), bulkNumber(number), "User", address, name, "User " + bulkNumber(number),
                    address));
            bulkMembers.add(bulkUserDn(number));
        }
        add(group(BULK_GROUP_DN, bulkMembers.toArray(String[]::new)));
    }

    private static Entry container(String dn, String objectClass, String namingAttribute, String value) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", objectClass);
        entry.addAttribute(namingAttribute, value);
        return entry;
    }

    /** A user; a null UPN or display name leaves the attribute out, as do no mail addresses. */
    private static Entry user(String dn, String surname, String givenName, String userPrincipalName,
            String samAccountName, String displayName, String... mail) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", AdLikeSchema.USER_CLASS);
        entry.addAttribute(COMMON_NAME, firstValue(dn));
        entry.addAttribute(SURNAME, surname);
        entry.addAttribute(GIVEN_NAME, givenName);
        entry.addAttribute(SAM_ACCOUNT_NAME, samAccountName);
        if (userPrincipalName != null) {
            entry.addAttribute(USER_PRINCIPAL_NAME, userPrincipalName);
        }
        if (displayName != null) {
            entry.addAttribute(DISPLAY_NAME, displayName);
        }
        if (mail.length > 0) {
            entry.addAttribute(MAIL, mail);
        }
        return entry;
    }

    /** A group with its members; each member already added gets the group in memberOf. */
    private Entry group(String dn, String... members) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", AdLikeSchema.GROUP_CLASS);
        String name = firstValue(dn);
        entry.addAttribute(COMMON_NAME, name);
        entry.addAttribute(SAM_ACCOUNT_NAME, name.replace(' ', '-').toLowerCase(java.util.Locale.ROOT));
        if (members.length > 0) {
            entry.addAttribute(MEMBER, members);
        }
        for (String member : members) {
            Entry memberEntry = entries.get(normalize(member));
            if (memberEntry != null) {
                memberEntry.addAttribute(MEMBER_OF, dn);
            }
        }
        // Members added later (the cycle's first half) point back at groups already present.
        for (Entry existing : entries.values()) {
            if (existing.hasAttributeValue(MEMBER, dn)) {
                entry.addAttribute(MEMBER_OF, existing.getDN());
            }
        }
        return entry;
    }

    private void add(Entry entry) {
        entries.put(normalize(entry.getDN()), entry);
    }

    private static String firstValue(String dn) {
        try {
            RDN rdn = new DN(dn).getRDN();
            return rdn.getAttributeValues()[0];
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalArgumentException("not a DN: " + dn, e);
        }
    }

    private static String normalize(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalArgumentException("not a DN: " + dn, e);
        }
    }

    private static String bulkNumber(int number) {
        return String.format(java.util.Locale.ROOT, "%05d", number);
    }
}
