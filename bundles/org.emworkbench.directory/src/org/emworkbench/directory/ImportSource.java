/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DirectoryImport#read} brought from the directory: a group and
 * every user in it, nested groups followed. It holds no password and is not
 * tied to a connection, so the workbench can read it in a job and plan on the
 * UI thread.
 *
 * @param group         the group's entry (DN and {@code cn})
 * @param users         each user once, with mail, userPrincipalName, sAMAccountName and displayName
 * @param nestedGroups  how many groups below the group were followed
 * @param missingGroups groups named as members that the directory does not have
 * @since 0.1
 */
public record ImportSource(DirectoryEntry group, List<DirectoryEntry> users, int nestedGroups,
        List<String> missingGroups) {

    /** Copies the lists. */
    public ImportSource {
        Objects.requireNonNull(group, "group");
        users = List.copyOf(users);
        missingGroups = List.copyOf(missingGroups);
    }

    /** @return the group's name: its {@code cn}, else its DN */
    public String groupName() {
        String name = group.first("cn");
        return name == null || name.isBlank() ? group.dn() : name;
    }
}
