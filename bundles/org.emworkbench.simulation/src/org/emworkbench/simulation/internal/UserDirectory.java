/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.model.deployment.Directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * The directory as the walk sees it: one connection, opened when a step first
 * needs it, and the user found once. When the directory cannot be reached,
 * every step that needs it gets the same reason and advice, and the
 * directory is not asked again.
 */
final class UserDirectory implements AutoCloseable {

    /** The answer about the user: an entry, or why there is none. */
    record Lookup(DirectoryEntry user, List<DirectoryEntry> matches, String unavailable, String advice) {

        boolean reached() {
            return unavailable == null;
        }
    }

    private static final String MEMBER_OF = "memberOf";
    private static final int MAX_GROUPS = 10_000;

    private final Directory directory;
    private final DirectoryAccess access;
    private DirectoryConnection connection;
    private DirectoryEndpoint endpoint;
    private Lookup lookup;

    UserDirectory(Directory directory, DirectoryAccess access) {
        this.directory = directory;
        this.access = access;
    }

    /** @return the server asked, {@code host:port}, or a note that there is none */
    String server() {
        return endpoint == null ? "(no directory server)" : endpoint.server();
    }

    /**
     * @param address the user's address
     * @return the user's entry with all user attributes, or why it is not known
     */
    Lookup find(String address) {
        if (lookup != null) {
            return lookup;
        }
        try {
            endpoint = access.endpoint(directory);
        } catch (IllegalArgumentException e) {
            lookup = new Lookup(null, List.of(), e.getMessage(), "name the directory: --ldap-url URL (and --bind-dn,"
                    + " --password-env), or an LDAP server in the model");
            return lookup;
        }
        try {
            connection = DirectoryConnection.open(endpoint, access.credentials());
            List<DirectoryEntry> users = connection.findUsers(address,
                    List.of(DirectoryConnection.ALL_USER_ATTRIBUTES));
            lookup = new Lookup(users.size() == 1 ? users.get(0) : null, users, null, null);
        } catch (DirectoryException e) {
            lookup = new Lookup(null, List.of(), "the directory " + endpoint.server() + " could not be asked: "
                    + e.getMessage(), e.failure().advice());
        }
        return lookup;
    }

    /** @return the open connection; only after a {@link #find} that reached the directory */
    DirectoryConnection connection() {
        return connection;
    }

    /**
     * The groups the user is a member of, directly or through groups that are
     * members of groups, read from {@code memberOf} as Active Directory keeps
     * it. Cycles are cut.
     *
     * @param user the user's entry
     * @return the groups' DNs, nearest first
     * @throws DirectoryException when a group cannot be read
     */
    List<String> groupsOf(DirectoryEntry user) throws DirectoryException {
        Set<String> seen = new LinkedHashSet<>();
        List<String> groups = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(user.values(MEMBER_OF));
        while (!pending.isEmpty() && groups.size() < MAX_GROUPS) {
            String group = pending.poll();
            if (!seen.add(normalized(group))) {
                continue;
            }
            groups.add(group);
            connection.read(group, List.of(MEMBER_OF)).ifPresent(entry -> pending.addAll(entry.values(MEMBER_OF)));
        }
        return groups;
    }

    /**
     * @param a a DN
     * @param b another DN
     * @return whether both name the same entry (LDAP's DN matching; blanks and case do not count)
     */
    static boolean sameDn(String a, String b) {
        return a != null && b != null && normalized(a).equals(normalized(b));
    }

    private static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.strip().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
