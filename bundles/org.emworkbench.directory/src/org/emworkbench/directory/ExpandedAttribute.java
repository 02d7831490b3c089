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
 * What Secure Hub would send for one SEND_LDAP_ATTRIBUTES entry and one user.
 *
 * @param name     the entry's name, e.g. {@code userPrincipalName}
 * @param template the value as configured, e.g. {@code ${user.userprincipalname}}
 * @param value    the expanded value; {@code null} when it cannot be known (a missing attribute without
 *                 default, a value the server computes, a macro that cannot be read)
 * @param problems the problems of this entry, most severe first
 * @since 0.1
 */
public record ExpandedAttribute(String name, String template, String value, List<ExpansionProblem> problems) {

    /** Copies the list. */
    public ExpandedAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        problems = List.copyOf(problems);
    }
}
