/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

/**
 * How group members are found.
 *
 * @since 0.1
 */
public enum Membership {
    /**
     * Search for entries whose {@code memberOf} names the group, page by page.
     * Active Directory maintains {@code memberOf}; OpenLDAP does with the
     * memberof overlay. Scales to large groups.
     */
    MEMBER_OF,
    /**
     * Read the group's {@code member} values, then each member. Works on
     * directories without {@code memberOf}; one read per member.
     */
    MEMBER
}
