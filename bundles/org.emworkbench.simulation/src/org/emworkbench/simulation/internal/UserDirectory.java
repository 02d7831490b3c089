/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.List;

import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.UserGroups;
import org.emworkbench.model.deployment.Directory;

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
     * @param user the user's entry
     * @return the groups the user is in, directly or nested, nearest first ({@link UserGroups})
     * @throws DirectoryException when a group cannot be read
     */
    List<String> groupsOf(DirectoryEntry user) throws DirectoryException {
        return UserGroups.of(connection, user);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
