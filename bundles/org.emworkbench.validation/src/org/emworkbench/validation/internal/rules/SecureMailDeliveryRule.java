/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-012: Secure Mail reaches its users (Seed, "To configure the Secure Mail
 * app policy", step 4: "make necessary delivery group assignments"). Every
 * Secure Mail app is delivered by at least one enabled delivery group that
 * reaches users (it has users, directory groups or membership rules, or is the
 * built-in AllUsers group), and every persona is reached by such a group: one
 * of its directory groups is among the persona's expected groups (distinguished
 * names compared ignoring case and blanks around commas), it names the persona
 * as a user (by sAMAccountName or userPrincipalName), or it is the enabled
 * AllUsers group. Membership rules cannot be evaluated offline, so a persona
 * only they might reach draws a warning instead of an error.
 */
public final class SecureMailDeliveryRule implements ValidationRule {

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        List<MdxApplication> apps = SecureMailPolicies.secureMailApps(deployment);
        if (apps.isEmpty()) {
            context.report(Finding.on(deployment, "the model has no app with role secureMail, so Secure Mail is "
                    + "delivered to nobody").expected("an MDX app with role secureMail")
                    .fix("add the Secure Mail app (its .mdx) and set its role to secureMail"));
            return;
        }
        for (MdxApplication app : apps) {
            List<DeliveryGroup> delivering = deployment.getDeliveryGroups().stream()
                    .filter(group -> group.getApplications().stream()
                            .anyMatch(assignment -> assignment.getApplication() == app))
                    .toList();
            List<DeliveryGroup> reaching = delivering.stream().filter(SecureMailDeliveryRule::reachesUsers).toList();
            if (reaching.isEmpty()) {
                context.report(Finding.on(app, SecureMailPolicies.appName(app) + " is delivered to nobody: "
                        + (delivering.isEmpty() ? "no delivery group delivers it"
                                : "no enabled delivery group with users delivers it (" + reasons(delivering) + ")"))
                        .expected("an enabled delivery group with users, groups or rules that delivers it")
                        .actual(delivering.isEmpty() ? null : names(delivering))
                        .fix(delivering.isEmpty() ? "add the app to the delivery group of its users"
                                : "enable " + delivering.get(0).getName() + " or add the app to an enabled group"));
                continue;
            }
            if (deployment.getDirectory() != null) {
                for (Persona persona : deployment.getDirectory().getPersonas()) {
                    checkPersona(app, persona, reaching, context);
                }
            }
        }
    }

    private static void checkPersona(MdxApplication app, Persona persona, List<DeliveryGroup> reaching,
            RuleContext context) {
        if (reaching.stream().anyMatch(group -> reaches(group, persona))) {
            return;
        }
        List<DeliveryGroup> byRules = reaching.stream()
                .filter(group -> group.getMembershipRules() != null && !group.getMembershipRules().isBlank()).toList();
        String who = persona.getDisplayName() != null ? persona.getDisplayName() : persona.getMail();
        Finding finding = Finding.on(persona, SecureMailPolicies.appName(app) + " does not reach " + who
                + (byRules.isEmpty() ? ": none of the groups that deliver it (" + names(reaching)
                        + ") holds one of the persona's groups or the persona itself"
                        : " unless the membership rules of " + names(byRules)
                                + " include the persona, which EMW cannot tell offline"))
                .expected("a delivery group of " + SecureMailPolicies.appName(app) + " with one of "
                        + persona.getExpectedGroups() + " or user " + persona.getSAMAccountName())
                .actual(names(reaching))
                .fix("add one of the persona's groups to " + reaching.get(0).getName()
                        + ", or correct the persona's expected groups");
        context.report(byRules.isEmpty() ? finding : finding.severity(RuleSeverity.WARNING));
    }

    private static boolean reachesUsers(DeliveryGroup group) {
        return group.isEnabled() && (group.isBuiltIn() || !group.getUsers().isEmpty() || !group.getGroups().isEmpty()
                || (group.getMembershipRules() != null && !group.getMembershipRules().isBlank()));
    }

    private static boolean reaches(DeliveryGroup group, Persona persona) {
        if (group.isBuiltIn()) {
            return true;
        }
        Set<String> expected = persona.getExpectedGroups().stream().map(SecureMailDeliveryRule::normalizedDn)
                .collect(Collectors.toSet());
        for (DirectoryPrincipal directoryGroup : group.getGroups()) {
            if (expected.contains(normalizedDn(directoryGroup.getUniqueId()))) {
                return true;
            }
        }
        for (DirectoryPrincipal user : group.getUsers()) {
            String id = user.getUniqueId();
            if (id != null && (id.equalsIgnoreCase(persona.getSAMAccountName())
                    || id.equalsIgnoreCase(persona.getUserPrincipalName()))) {
                return true;
            }
        }
        return false;
    }

    /** Distinguished names compare ignoring case and the blanks people write after commas. */
    static String normalizedDn(String dn) {
        return dn == null ? "" : dn.strip().replaceAll("\\s*,\\s*", ",").toLowerCase(Locale.ROOT);
    }

    private static String reasons(List<DeliveryGroup> groups) {
        List<String> reasons = new ArrayList<>();
        for (DeliveryGroup group : groups) {
            reasons.add(group.getName() + (!group.isEnabled() ? " is disabled" : " has no users, groups or rules"));
        }
        return String.join("; ", reasons);
    }

    private static String names(List<DeliveryGroup> groups) {
        return groups.stream().map(DeliveryGroup::getName).collect(Collectors.joining(", "));
    }
}
