/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * The groups a user is in, directly or through groups that are members of
 * groups, as the directory says. Where the user's entry carries
 * {@code memberOf} (Active Directory; OpenLDAP with the memberof overlay),
 * the walk follows {@code memberOf} upwards, one read per group; where it
 * carries none, it searches for groups whose {@code member} names the user,
 * then each group found, so that directories without {@code memberOf} give
 * the same answer. Cycles are cut, and the walk stops after
 * {@value #MAX_GROUPS} groups.
 *
 * @since 0.1
 */
public final class UserGroups {

    /** The most groups one walk reads; a bound for directories with pathological nesting. */
    public static final int MAX_GROUPS = 10_000;

    private static final String MEMBER_OF = "memberOf";
    private static final List<String> NO_ATTRIBUTES = List.of("1.1");

    private UserGroups() {
    }

    /**
     * @param connection an open connection
     * @param user       the user's entry, read with {@code memberOf} (e.g. with all user attributes)
     * @return the groups' DNs as the directory spells them, nearest first, each once
     * @throws DirectoryException when a group cannot be read or searched for
     */
    public static List<String> of(DirectoryConnection connection, DirectoryEntry user) throws DirectoryException {
        boolean memberOf = !user.values(MEMBER_OF).isEmpty();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(normalized(user.dn()));
        List<String> groups = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(memberOf ? user.values(MEMBER_OF) : parentsByMember(connection,
                user.dn()));
        while (!pending.isEmpty() && groups.size() < MAX_GROUPS) {
            String group = pending.poll();
            if (!seen.add(normalized(group))) {
                continue;
            }
            groups.add(group);
            if (memberOf) {
                connection.read(group, List.of(MEMBER_OF)).ifPresent(entry -> pending.addAll(entry.values(MEMBER_OF)));
            } else {
                pending.addAll(parentsByMember(connection, group));
            }
        }
        return groups;
    }

    /**
     * @param groups DNs, e.g. from {@link #of}
     * @param dn     a DN
     * @return whether one of the groups is the entry the DN names
     */
    public static boolean contains(List<String> groups, String dn) {
        return groups.stream().anyMatch(group -> sameDn(group, dn));
    }

    /**
     * @param a a DN
     * @param b another DN
     * @return whether both name the same entry, by LDAP's DN matching (blanks and letter case do not count)
     */
    public static boolean sameDn(String a, String b) {
        return a != null && b != null && normalized(a).equals(normalized(b));
    }

    private static List<String> parentsByMember(DirectoryConnection connection, String dn) throws DirectoryException {
        return connection.findGroupsWithMember(dn, NO_ATTRIBUTES).stream().map(DirectoryEntry::dn).toList();
    }

    private static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.strip().toLowerCase(Locale.ROOT);
        }
    }
}
