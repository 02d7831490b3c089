/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a batch preview: how many users were expanded, how many
 * would fail SSO and why. Only the first {@code limit} failing users are
 * listed (the counts cover all), so a summary stays small however large the
 * groups are.
 *
 * @param groupsExpanded  how many groups were read, nested ones included
 * @param users           how many distinct users were expanded
 * @param failing         how many users have a problem of error severity
 * @param warned          how many users have warnings but no error
 * @param byKind          for each problem kind, how many users have it
 * @param failures        the first failing users, with their errors
 * @param truncated       whether more users failed than are listed
 * @param missingGroups   group DNs that do not exist in the directory
 * @param cyclesBroken    how many times a group was reached again (a cycle or a group in two places)
 * @since 0.1
 */
public record BatchSummary(int groupsExpanded, long users, long failing, long warned, Map<ProblemKind, Long> byKind,
        List<FailingUser> failures, boolean truncated, List<String> missingGroups, int cyclesBroken) {

    /**
     * A user who would fail SSO.
     *
     * @param dn       the user's DN, or what was looked up when no user was found
     * @param identity the user's mail, else UPN, else sAMAccountName, else the DN
     * @param errors   the problems of error severity
     */
    public record FailingUser(String dn, String identity, List<ExpansionProblem> errors) {
        /** Copies the list. */
        public FailingUser {
            Objects.requireNonNull(dn, "dn");
            errors = List.copyOf(errors);
        }
    }

    /** Copies the collections. */
    public BatchSummary {
        byKind = Map.copyOf(byKind);
        failures = List.copyOf(failures);
        missingGroups = List.copyOf(missingGroups);
    }
}
