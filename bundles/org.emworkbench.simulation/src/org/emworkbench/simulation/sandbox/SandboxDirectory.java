/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.BindSecret;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.LdapUrl;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;

/**
 * UnboundID's in-memory directory on 127.0.0.1 (plain LDAP, an ephemeral
 * port), with the {@link ActiveDirectorySchema}, seeded from the model: one
 * user per persona under {@code OU=People} of the base DN (cn, sn,
 * displayName, mail, userPrincipalName, sAMAccountName, memberOf from the
 * persona's expected groups), one group per expected group and per
 * directory group of a delivery group (with the personas that expect it as
 * members), and the containers above them. When the model's directory names
 * the attributes it returns, a persona's attribute outside that list is left
 * out, as the real directory would (mail is always kept: users are found by
 * it).
 * <p>
 * The bind account is the model's bind DN (or a sandbox one); its password
 * is generated for each run and handed over only in memory, through
 * {@link #access()}: it is never printed or written.
 *
 * @since 0.1
 */
public final class SandboxDirectory implements AutoCloseable {

    private static final String SANDBOX_BIND = "CN=emw-sandbox";
    /** A name for the reference the access carries; nothing is read from the environment. */
    private static final CredentialReference IN_MEMORY = CredentialReference.environment("EMW_SANDBOX_BIND");

    private final InMemoryDirectoryServer server;
    private final String baseDn;
    private final String bindDn;
    private final char[] password;
    private final int port;
    private final List<String> notes;

    private SandboxDirectory(InMemoryDirectoryServer server, String baseDn, String bindDn, char[] password,
            List<String> notes) {
        this.server = server;
        this.baseDn = baseDn;
        this.bindDn = bindDn;
        this.password = password;
        this.port = server.getListenPort();
        this.notes = List.copyOf(notes);
    }

    /**
     * @param deployment the model whose personas to serve
     * @return the running directory
     * @throws IOException when it cannot be started
     */
    public static SandboxDirectory start(Deployment deployment) throws IOException {
        Directory directory = deployment.getDirectory();
        LdapServer first = directory == null || directory.getLdapServers().isEmpty() ? null
                : directory.getLdapServers().get(0);
        String base = first != null && first.getBaseDn() != null && !first.getBaseDn().isBlank()
                ? first.getBaseDn().strip() : baseFromDomain(deployment);
        String bind = first != null && first.getBindDn() != null && !first.getBindDn().isBlank()
                ? first.getBindDn().strip() : SANDBOX_BIND + "," + base;
        char[] password = generatedPassword();
        List<String> notes = new ArrayList<>();
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(base);
            config.setSchema(ActiveDirectorySchema.schema());
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 }), 0, null));
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] secret = new byte[encoded.remaining()];
            encoded.get(secret);
            Arrays.fill(encoded.array(), (byte) 0);
            // The server keeps this array as the password: it must not be wiped while the server runs.
            config.addAdditionalBindCredentials(bind, secret);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.addEntries(entries(deployment, new DN(base), notes));
            server.startListening();
            return new SandboxDirectory(server, base, bind, password, notes);
        } catch (LDAPException e) {
            Arrays.fill(password, '\0');
            throw new IOException("the sandbox directory cannot start: " + e.getMessage(), e);
        }
    }

    /** @return the base DN the users are under */
    public String baseDn() {
        return baseDn;
    }

    /** @return the bind DN */
    public String bindDn() {
        return bindDn;
    }

    /** @return the port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return what the model named but could not be seeded, one sentence each */
    public List<String> notes() {
        return notes;
    }

    /**
     * @return access to this directory: its URL with the base DN, the bind DN, and the run's password, handed
     *         over in memory
     */
    public DirectoryAccess access() {
        BindCredentials inMemory = (reference, server) -> BindSecret.of(password.clone());
        return DirectoryAccess.of(DirectorySettings.DEFAULTS, inMemory)
                .withServer(new LdapUrl("127.0.0.1", port, Tls.NONE, baseDn)).withBindDn(bindDn)
                .withCredential(IN_MEMORY);
    }

    /** Stops the server and forgets the password. */
    @Override
    public void close() {
        try {
            server.shutDown(true);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static List<Entry> entries(Deployment deployment, DN base, List<String> notes) throws LDAPException {
        Map<DN, Entry> entries = new LinkedHashMap<>();
        DN people = new DN(new RDN("OU", "People"), base);
        Directory directory = deployment.getDirectory();
        List<Persona> personas = directory == null ? List.of() : directory.getPersonas();
        Set<String> returned = new LinkedHashSet<>();
        if (directory != null) {
            directory.getUserAttributes().forEach(name -> returned.add(name.toLowerCase(Locale.ROOT)));
        }
        Map<DN, List<DN>> members = new LinkedHashMap<>();
        for (Persona persona : personas) {
            if (persona.getMail() == null || persona.getMail().isBlank()) {
                notes.add("a persona without mail is not in the sandbox directory");
                continue;
            }
            String name = persona.getDisplayName() != null && !persona.getDisplayName().isBlank()
                    ? persona.getDisplayName().strip() : persona.getMail().strip();
            DN dn = new DN(new RDN("CN", name), people);
            Entry user = new Entry(dn);
            user.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
            user.addAttribute("cn", name);
            user.addAttribute("sn", name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name);
            user.addAttribute("mail", persona.getMail().strip());
            optional(user, "displayName", persona.getDisplayName(), returned);
            optional(user, "userPrincipalName", persona.getUserPrincipalName(), returned);
            optional(user, "sAMAccountName", persona.getSAMAccountName(), returned);
            for (String group : persona.getExpectedGroups()) {
                DN groupDn = under(group, base, notes);
                if (groupDn != null) {
                    user.addAttribute("memberOf", groupDn.toString());
                    members.computeIfAbsent(groupDn, key -> new ArrayList<>()).add(dn);
                }
            }
            entries.put(dn, user);
        }
        for (DeliveryGroup group : deployment.getDeliveryGroups()) {
            for (DirectoryPrincipal principal : group.getGroups()) {
                DN groupDn = under(principal.getUniqueId(), base, notes);
                if (groupDn != null) {
                    members.computeIfAbsent(groupDn, key -> new ArrayList<>());
                }
            }
        }
        members.forEach((groupDn, users) -> {
            Entry group = new Entry(groupDn);
            group.addAttribute("objectClass", "top", "group");
            group.addAttribute("cn", groupDn.getRDN().getAttributeValues()[0]);
            users.forEach(user -> group.addAttribute("member", user.toString()));
            entries.put(groupDn, group);
        });
        List<Entry> ordered = new ArrayList<>();
        Set<DN> present = new LinkedHashSet<>();
        container(base, base, ordered, present);
        for (Entry entry : entries.values()) {
            container(entry.getParsedDN().getParent(), base, ordered, present);
            ordered.add(entry);
            present.add(entry.getParsedDN());
        }
        return ordered;
    }

    /** Adds the entry of a container and those above it, down from the base, unless present. */
    private static void container(DN dn, DN base, List<Entry> ordered, Set<DN> present) throws LDAPException {
        if (dn == null || present.contains(dn) || !(dn.equals(base) || dn.isDescendantOf(base, false))) {
            return;
        }
        if (!dn.equals(base)) {
            container(dn.getParent(), base, ordered, present);
        }
        String attribute = dn.getRDN().getAttributeNames()[0].toLowerCase(Locale.ROOT);
        String value = dn.getRDN().getAttributeValues()[0];
        Entry entry = new Entry(dn);
        switch (attribute) {
            case "dc" -> entry.addAttribute("objectClass", "top", "domain");
            case "ou" -> entry.addAttribute("objectClass", "top", "organizationalUnit");
            case "o" -> entry.addAttribute("objectClass", "top", "organization");
            default -> entry.addAttribute("objectClass", "top", "organizationalRole");
        }
        entry.addAttribute(attribute, value);
        ordered.add(entry);
        present.add(dn);
    }

    private static void optional(Entry user, String attribute, String value, Set<String> returned) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!returned.isEmpty() && !returned.contains(attribute.toLowerCase(Locale.ROOT))) {
            return;
        }
        user.addAttribute(attribute, value.strip());
    }

    private static DN under(String text, DN base, List<String> notes) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            DN dn = new DN(text.strip());
            if (dn.isDescendantOf(base, false)) {
                return dn;
            }
            notes.add("the group " + text + " is outside the base DN " + base + "; it is not in the sandbox directory");
        } catch (LDAPException e) {
            notes.add("'" + text + "' is not a DN; it is not in the sandbox directory");
        }
        return null;
    }

    private static String baseFromDomain(Deployment deployment) {
        String domain = null;
        if (deployment.getExchange() != null && !deployment.getExchange().getMailDomains().isEmpty()) {
            MailDomain first = deployment.getExchange().getMailDomains().get(0);
            domain = first.getName();
        }
        if (domain == null || domain.isBlank()) {
            return "DC=example,DC=invalid";
        }
        List<String> parts = new ArrayList<>();
        for (String label : domain.strip().split("\\.")) {
            if (!label.isEmpty()) {
                parts.add("DC=" + label);
            }
        }
        return String.join(",", parts);
    }

    private static char[] generatedPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        Arrays.fill(random, (byte) 0);
        return password;
    }
}
