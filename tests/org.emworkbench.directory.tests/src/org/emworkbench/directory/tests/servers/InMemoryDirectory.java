/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

/**
 * UnboundID's in-memory directory server on 127.0.0.1 with an AD-like schema
 * (checked, not switched off) and users that exercise every problem of the
 * expansion preview. It listens on two ports: plain LDAP that also offers
 * StartTLS, and LDAPS; both present a certificate of the
 * {@link InMemoryDirectoryCertificates test CA} for the names the builder was
 * given (127.0.0.1 and localhost unless told otherwise). The bind password is
 * made anew for each server.
 * <p>
 * The users, under {@value #USERS}:
 * </p>
 * <ul>
 * <li>{@code alice}: mail = UPN, everything set: the user who works;</li>
 * <li>{@code bob}: UPN {@code bob@corp.contoso.test} differs from mail {@code bob@contoso.test};</li>
 * <li>{@code carol}: no userPrincipalName;</li>
 * <li>{@code dave}: two mail values;</li>
 * <li>{@code zoe}: displayName {@code Zoë Łukasiewicz} (non-ASCII);</li>
 * <li>{@code bulk-NNNNN}: the optional bulk users; those whose number ends in 007 lack a UPN.</li>
 * </ul>
 * Groups, under {@value #GROUPS}: {@link #MOBILE_USERS} (alice, bob, Sales) ⊃
 * {@link #SALES} (carol, dave, EMEA Sales) ⊃ {@link #EMEA_SALES} (zoe, and
 * Mobile Users again: a cycle); {@link #BULK} holds the bulk users. Both
 * {@code member} and {@code memberOf} are filled, as Active Directory shows
 * them.
 */
public final class InMemoryDirectory implements AutoCloseable {

    /** The base DN. */
    public static final String BASE_DN = "dc=contoso,dc=test";
    /** Where users are. */
    public static final String USERS = "ou=Users," + BASE_DN;
    /** Where groups are. */
    public static final String GROUPS = "ou=Groups," + BASE_DN;
    /** The account tests bind as. */
    public static final String BIND_DN = "cn=EMW Reader,ou=Service," + BASE_DN;
    /** The outer group. */
    public static final String MOBILE_USERS = "cn=Mobile Users," + GROUPS;
    /** Nested in {@link #MOBILE_USERS}. */
    public static final String SALES = "cn=Sales," + GROUPS;
    /** Nested in {@link #SALES}, and holding {@link #MOBILE_USERS}: a cycle. */
    public static final String EMEA_SALES = "cn=EMEA Sales," + GROUPS;
    /** The bulk users' group. */
    public static final String BULK = "cn=Bulk Users," + GROUPS;
    /** The largest page the server returns without paging, like Active Directory's MaxPageSize. */
    public static final int SIZE_LIMIT = 1000;

    private static final String[] SCHEMA = {
        "dn: cn=schema",
        "objectClass: top",
        "objectClass: ldapSubentry",
        "objectClass: subschema",
        "cn: schema",
        "attributeTypes: ( 1.2.840.113556.1.4.656 NAME 'userPrincipalName' EQUALITY caseIgnoreMatch"
                + " SUBSTR caseIgnoreSubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )",
        "attributeTypes: ( 1.2.840.113556.1.4.221 NAME 'sAMAccountName' EQUALITY caseIgnoreMatch"
                + " SUBSTR caseIgnoreSubstringsMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )",
        "attributeTypes: ( 1.2.840.113556.1.2.102 NAME 'memberOf' EQUALITY distinguishedNameMatch"
                + " SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )",
        "objectClasses: ( 1.2.840.113556.1.5.9 NAME 'user' SUP organizationalPerson STRUCTURAL"
                + " MAY ( userPrincipalName $ sAMAccountName $ memberOf $ displayName $ mail $ givenName ) )",
        "objectClasses: ( 1.2.840.113556.1.5.8 NAME 'group' SUP top STRUCTURAL MUST cn"
                + " MAY ( member $ memberOf $ sAMAccountName $ mail $ description $ displayName ) )",
    };

    private final InMemoryDirectoryServer server;
    private final String bindPassword;
    private final InMemoryDirectoryCertificates certificates;

    private InMemoryDirectory(InMemoryDirectoryServer server, String bindPassword,
            InMemoryDirectoryCertificates certificates) {
        this.server = server;
        this.bindPassword = bindPassword;
        this.certificates = certificates;
    }

    /** @return a builder: no bulk users, certificate for 127.0.0.1 and localhost, a new CA */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a server before it starts. */
    public static final class Builder {
        private int bulkUsers;
        private String[] certificateNames = { "127.0.0.1", "localhost" };
        private InMemoryDirectoryCertificates certificates;
        private boolean expired;

        private Builder() {
        }

        /**
         * @param count how many bulk users to add to {@link InMemoryDirectory#BULK}
         * @return this builder
         */
        public Builder bulkUsers(int count) {
            this.bulkUsers = count;
            return this;
        }

        /**
         * @param names the names the server's certificate carries, e.g. a wrong one
         * @return this builder
         */
        public Builder certificateNames(String... names) {
            this.certificateNames = names.clone();
            return this;
        }

        /**
         * @return this builder, the server's certificate having expired yesterday
         */
        public Builder expiredCertificate() {
            this.expired = true;
            return this;
        }

        /**
         * @param authority the CA to issue the server's certificate from
         * @return this builder
         */
        public Builder certificates(InMemoryDirectoryCertificates authority) {
            this.certificates = authority;
            return this;
        }

        /**
         * @return the running server
         * @throws LDAPException when it cannot be configured or started
         */
        public InMemoryDirectory start() throws LDAPException {
            InMemoryDirectoryCertificates authority = certificates != null ? certificates
                    : InMemoryDirectoryCertificates.create();
            String password = newPassword();
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setSchema(Schema.mergeSchemas(Schema.getDefaultStandardSchema(), new Schema(ldif(SCHEMA))));
            config.addAdditionalBindCredentials(BIND_DN, password);
            config.setMaxSizeLimit(SIZE_LIMIT);
            try {
                SSLUtil tls = new SSLUtil(authority.serverKeyManager(expired, certificateNames), new TrustAllTrustManager());
                InetAddress loopback = InetAddress.getByName("127.0.0.1");
                config.setListenerConfigs(
                        InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, tls.createSSLSocketFactory()),
                        InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0,
                                tls.createSSLServerSocketFactory(), null));
            } catch (GeneralSecurityException | UnknownHostException e) {
                throw new IllegalStateException("cannot set up TLS for the in-memory directory", e);
            }
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            populate(server, bulkUsers);
            server.startListening();
            return new InMemoryDirectory(server, password, authority);
        }
    }

    /** @return the port of plain LDAP, which also offers StartTLS */
    public int ldapPort() {
        return server.getListenPort("ldap");
    }

    /** @return the LDAPS port */
    public int ldapsPort() {
        return server.getListenPort("ldaps");
    }

    /** @return the password of {@link #BIND_DN}, made for this server */
    public String bindPassword() {
        return bindPassword;
    }

    /** @return the CA that issued the server's certificate */
    public InMemoryDirectoryCertificates certificates() {
        return certificates;
    }

    /** @return the server, for tests that change entries */
    public InMemoryDirectoryServer server() {
        return server;
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        server.shutDown(true);
    }

    private static Entry ldif(String... lines) {
        try {
            return new Entry(lines);
        } catch (LDIFException e) {
            throw new IllegalStateException("the fixture's LDIF is malformed: " + e.getMessage(), e);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return "Pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void populate(InMemoryDirectoryServer server, int bulkUsers) throws LDAPException {
        server.add(ldif("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: contoso"));
        for (String unit : new String[] { "Users", "Groups", "Service" }) {
            server.add(ldif("dn: ou=" + unit + "," + BASE_DN, "objectClass: top", "objectClass: organizationalUnit",
                    "ou: " + unit));
        }
        server.add(user("alice", "Alice Archer", "alice@contoso.test", List.of("alice@contoso.test"), MOBILE_USERS));
        server.add(user("bob", "Bob Baker", "bob@corp.contoso.test", List.of("bob@contoso.test"), MOBILE_USERS));
        server.add(user("carol", "Carol Cooper", null, List.of("carol@contoso.test"), SALES));
        server.add(user("dave", "Dave Dunn", "dave@contoso.test", List.of("dave@contoso.test", "d.dunn@contoso.test"),
                SALES));
        server.add(user("zoe", "Zoë Łukasiewicz", "zoe@contoso.test", List.of("zoe@contoso.test"), EMEA_SALES));
        server.add(group(MOBILE_USERS, "Mobile Users", List.of(userDn("alice"), userDn("bob"), SALES), EMEA_SALES));
        server.add(group(SALES, "Sales", List.of(userDn("carol"), userDn("dave"), EMEA_SALES), MOBILE_USERS));
        server.add(group(EMEA_SALES, "EMEA Sales", List.of(userDn("zoe"), MOBILE_USERS), SALES));
        List<String> bulk = new ArrayList<>();
        for (int i = 0; i < bulkUsers; i++) {
            String name = String.format(Locale.ROOT, "bulk-%05d", i);
            String address = name + "@contoso.test";
            server.add(user(name, "Bulk User " + i, i % 1000 == 7 ? null : address, List.of(address), BULK));
            bulk.add(userDn(name));
        }
        server.add(group(BULK, "Bulk Users", bulk, null));
    }

    /** @return the DN of a fixture user */
    public static String userDn(String account) {
        return "cn=" + account + "," + USERS;
    }

    private static Entry user(String account, String displayName, String upn, List<String> mail, String group) {
        Entry entry = new Entry(userDn(account));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
        entry.addAttribute("cn", account);
        entry.addAttribute("sn", displayName.substring(displayName.indexOf(' ') + 1));
        entry.addAttribute("displayName", displayName);
        entry.addAttribute("sAMAccountName", account);
        if (upn != null) {
            entry.addAttribute("userPrincipalName", upn);
        }
        entry.addAttribute(new Attribute("mail", mail));
        entry.addAttribute("memberOf", group);
        return entry;
    }

    private static Entry group(String dn, String name, List<String> members, String memberOf) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "group");
        entry.addAttribute("cn", name);
        entry.addAttribute("sAMAccountName", name.replace(' ', '-'));
        if (!members.isEmpty()) {
            entry.addAttribute(new Attribute("member", members));
        }
        if (memberOf != null) {
            entry.addAttribute("memberOf", memberOf);
        }
        return entry;
    }
}
