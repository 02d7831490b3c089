/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.UserGroups;
import org.emworkbench.directory.UserKey;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;

/**
 * Step 2: after enrollment the user's delivery groups push Secure Hub and
 * Secure Mail. Which groups are the user's comes from the directory (the
 * user's groups, nested ones included, against the delivery groups' directory
 * groups and users) and from AllUsers; the client properties SSO needs are the
 * rules' part (SSO-002, SSO-003, SSO-004, SSO-012, SSO-016).
 */
final class DeliveryStep {

    private DeliveryStep() {
    }

    static StepResult walk(Walk walk) {
        StepRecord record = new StepRecord(Step.DELIVERY);
        record.rules(walk.findings.of(Step.DELIVERY));
        List<DeliveryGroup> reaching = new ArrayList<>();
        List<DeliveryGroup> needDirectory = new ArrayList<>();
        for (DeliveryGroup group : walk.deployment.getDeliveryGroups()) {
            if (!group.isEnabled()) {
                if (deliversSecureMail(group)) {
                    record.saw(Evidence.MODEL, "delivery group " + group.getName() + " delivers Secure Mail but is"
                            + " disabled");
                }
            } else if (group.isBuiltIn()) {
                record.saw(Evidence.MODEL, "delivery group " + group.getName() + " (built in, enabled) reaches every"
                        + " user");
                reaching.add(group);
            } else if (!group.getGroups().isEmpty() || !group.getUsers().isEmpty()) {
                needDirectory.add(group);
            }
        }
        if (!needDirectory.isEmpty()) {
            membership(walk, record, needDirectory, reaching);
        }
        List<String> secureMail = reaching.stream().filter(DeliveryStep::deliversSecureMail)
                .map(DeliveryGroup::getName).toList();
        if (!secureMail.isEmpty()) {
            List<String> platforms = reaching.stream().flatMap(group -> group.getApplications().stream())
                    .map(AppAssignment::getApplication).filter(app -> app != null && app.getRole() == AppRole.SECURE_MAIL)
                    .map(app -> app.getPlatform().getLiteral()).distinct().toList();
            record.saw(Evidence.MODEL, "Secure Mail (" + String.join(", ", platforms) + ") delivered by "
                    + String.join(", ", secureMail));
            return record.result((secureMail.size() == 1 ? "the delivery group " + secureMail.get(0) + " delivers"
                    : "the delivery groups " + String.join(", ", secureMail) + " deliver") + " Secure Mail to "
                    + walk.who() + ", and the client properties are right");
        }
        if (!record.unknown()) {
            record.fail("no enabled delivery group of " + walk.who() + " delivers Secure Mail",
                    "add Secure Mail to an enabled delivery group whose directory group the user is in, or add the"
                            + " user's group to the delivery group that delivers Secure Mail");
        }
        return record.result("");
    }

    private static void membership(Walk walk, StepRecord record, List<DeliveryGroup> candidates,
            List<DeliveryGroup> reaching) {
        UserDirectory.Lookup lookup = walk.directory.find(walk.target.address());
        if (!lookup.reached()) {
            record.unknown("which delivery groups reach the user is not known: " + lookup.unavailable(),
                    lookup.advice());
            return;
        }
        if (lookup.user() == null) {
            record.fail(lookup.matches().isEmpty() ? "the directory " + walk.directory.server() + " has no user with"
                    + " the mail, userPrincipalName or sAMAccountName " + walk.target.address()
                    : lookup.matches().size() + " directory users match " + walk.target.address(),
                    "give the user exactly one directory entry whose mail is " + walk.target.address());
            return;
        }
        DirectoryEntry user = lookup.user();
        List<String> groups;
        try {
            groups = walk.directory.groupsOf(user);
        } catch (DirectoryException e) {
            record.unknown("the user's groups could not be read: " + e.getMessage(), e.failure().advice());
            return;
        }
        record.saw(Evidence.LDAP, "user " + user.dn() + " is in " + (groups.isEmpty() ? "no group"
                : groups.stream().collect(Collectors.joining("; "))));
        for (DeliveryGroup group : candidates) {
            String through = through(group, user, groups);
            if (through != null) {
                record.saw(Evidence.MODEL, "delivery group " + group.getName() + " reaches the user through "
                        + through);
                reaching.add(group);
            }
        }
    }

    /** @return the principal through which the delivery group reaches the user, or {@code null} */
    private static String through(DeliveryGroup group, DirectoryEntry user, List<String> groups) {
        for (DirectoryPrincipal principal : group.getGroups()) {
            for (String dn : groups) {
                if (UserGroups.sameDn(principal.getUniqueId(), dn)) {
                    return "the group " + dn;
                }
            }
        }
        for (DirectoryPrincipal principal : group.getUsers()) {
            String id = principal.getUniqueId();
            if (UserGroups.sameDn(id, user.dn())) {
                return "the user " + id;
            }
            for (UserKey key : UserKey.values()) {
                if (id != null && id.equalsIgnoreCase(user.first(key.attribute()))) {
                    return "the user " + id;
                }
            }
        }
        return null;
    }

    private static boolean deliversSecureMail(DeliveryGroup group) {
        for (AppAssignment assignment : group.getApplications()) {
            MdxApplication app = assignment.getApplication();
            if (app != null && app.getRole() == AppRole.SECURE_MAIL) {
                return true;
            }
        }
        return false;
    }
}
