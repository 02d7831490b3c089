/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
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

    private static final Pattern BLANKS_AROUND_COMMAS = Pattern.compile("\\s*,\\s*");

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
        Map<MdxApplication, List<DeliveryGroup>> deliveringByApp = deliveringByApp(deployment);
        List<Reader> personas = deployment.getDirectory() == null ? List.of()
                : deployment.getDirectory().getPersonas().stream().map(Reader::new).toList();
        Map<DeliveryGroup, Members> members = new IdentityHashMap<>();
        for (MdxApplication app : apps) {
            List<DeliveryGroup> delivering = deliveringByApp.getOrDefault(app, List.of());
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
            for (Reader reader : personas) {
                if (reaching.stream().noneMatch(group -> reader.isReachedBy(members.computeIfAbsent(group, Members::of)))) {
                    reportUnreached(app, reader.persona(), reaching, context);
                }
            }
        }
    }

    /** One pass over the groups: which groups deliver which app, each group once per app, in model order. */
    private static Map<MdxApplication, List<DeliveryGroup>> deliveringByApp(Deployment deployment) {
        Map<MdxApplication, List<DeliveryGroup>> delivering = new IdentityHashMap<>();
        for (DeliveryGroup group : deployment.getDeliveryGroups()) {
            for (AppAssignment assignment : group.getApplications()) {
                MdxApplication app = assignment.getApplication();
                if (app != null) {
                    List<DeliveryGroup> groups = delivering.computeIfAbsent(app, key -> new ArrayList<>());
                    if (groups.isEmpty() || groups.get(groups.size() - 1) != group) {
                        groups.add(group);
                    }
                }
            }
        }
        return delivering;
    }

    private static void reportUnreached(MdxApplication app, Persona persona, List<DeliveryGroup> reaching,
            RuleContext context) {
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

    /** A delivery group's members, normalised once for all personas and apps. */
    private record Members(boolean everyone, Set<String> groupDns, Set<String> userIds) {

        static Members of(DeliveryGroup group) {
            Set<String> groupDns = new HashSet<>();
            group.getGroups().forEach(directoryGroup -> groupDns.add(normalizedDn(directoryGroup.getUniqueId())));
            Set<String> userIds = new HashSet<>();
            group.getUsers().forEach(user -> {
                if (user.getUniqueId() != null) {
                    userIds.add(user.getUniqueId().toLowerCase(Locale.ROOT));
                }
            });
            return new Members(group.isBuiltIn(), groupDns, userIds);
        }
    }

    /** A persona's expected groups and names, normalised once. */
    private record Reader(Persona persona, Set<String> expectedDns, String samAccountName, String userPrincipalName) {

        Reader(Persona persona) {
            this(persona, persona.getExpectedGroups().stream().map(SecureMailDeliveryRule::normalizedDn)
                    .collect(Collectors.toSet()), lower(persona.getSAMAccountName()), lower(persona.getUserPrincipalName()));
        }

        boolean isReachedBy(Members members) {
            if (members.everyone()) {
                return true;
            }
            for (String dn : expectedDns) {
                if (members.groupDns().contains(dn)) {
                    return true;
                }
            }
            return (samAccountName != null && members.userIds().contains(samAccountName))
                    || (userPrincipalName != null && members.userIds().contains(userPrincipalName));
        }

        private static String lower(String text) {
            return text == null ? null : text.toLowerCase(Locale.ROOT);
        }
    }

    /** Distinguished names compare ignoring case and the blanks people write after commas. */
    static String normalizedDn(String dn) {
        return dn == null ? "" : BLANKS_AROUND_COMMAS.matcher(dn.strip()).replaceAll(",").toLowerCase(Locale.ROOT);
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
