/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.emworkbench.export.internal.SecretPolicies;
import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;

/**
 * The policies of one app that a report lists: every value the deployment
 * sets, and every policy a binding gives a meaning (Secure Mail's initial
 * authentication mechanism and credentials, Exchange server, user domain)
 * even when it keeps its default. Policies are found through the model's
 * policy bindings, never by built-in names, because Secure Mail's internal
 * policy names are not public.
 */
final class AppPolicies {

    /**
     * One listed policy.
     *
     * @param name       the internal policy name
     * @param title      the console's label; empty when the catalogue has none
     * @param value      the value in effect: the one set, or the default; {@code null} when neither exists
     * @param set        whether the deployment sets the value (otherwise it is the default)
     * @param valueLabel the console's label for the value, when the catalogue has one; otherwise empty
     * @param meaning    what a binding says the policy means; {@code null} when it is not bound
     */
    record Entry(String name, String title, String value, boolean set, String valueLabel, PolicyMeaning meaning) {
    }

    private AppPolicies() {
    }

    /**
     * @param deployment the deployment with the bindings
     * @param app        an app of it
     * @return its listed policies: bound ones first in the order of their meanings, then the others by name
     */
    static List<Entry> of(Deployment deployment, MdxApplication app) {
        List<String> names = new ArrayList<>();
        app.getPolicyValues().forEach(value -> names.add(value.getPolicyName()));
        deployment.getPolicyBindings().stream().filter(binding -> binding.getAppRole() == app.getRole())
                .filter(binding -> meaningful(binding.getMeaning()))
                .forEach(binding -> names.add(binding.getPolicyName()));
        List<Entry> entries = new ArrayList<>();
        names.stream().filter(name -> name != null).distinct()
                .forEach(name -> entries.add(entry(deployment, app, name)));
        entries.sort(Comparator
                .comparingInt((Entry entry) -> entry.meaning() == null ? Integer.MAX_VALUE : entry.meaning().getValue())
                .thenComparing(Entry::name));
        return entries;
    }

    /**
     * @param deployment the deployment
     * @param app        an app of it
     * @param meaning    a policy meaning
     * @return the app's policy with that meaning, if a binding names one
     */
    static Optional<Entry> withMeaning(Deployment deployment, MdxApplication app, PolicyMeaning meaning) {
        return of(deployment, app).stream().filter(entry -> entry.meaning() == meaning).findFirst();
    }

    /** @return how many catalogue policies keep their default and are not listed */
    static int unlisted(Deployment deployment, MdxApplication app) {
        List<String> listed = of(deployment, app).stream().map(Entry::name).toList();
        return (int) app.getPolicies().stream().filter(policy -> !listed.contains(policy.getName())).count();
    }

    private static Entry entry(Deployment deployment, MdxApplication app, String name) {
        PolicyDefinition definition = app.getPolicies().stream().filter(policy -> name.equals(policy.getName()))
                .findFirst().orElse(null);
        PolicyValue set = app.getPolicyValues().stream().filter(value -> name.equals(value.getPolicyName()))
                .findFirst().orElse(null);
        String given = set != null ? set.getValue() : definition == null ? null : definition.getDefaultValue();
        String value = given != null && definition != null && SecretPolicies.isSecretType(definition.getType())
                ? SecretPolicies.WITHHELD
                : given;
        String valueLabel = definition == null || value == null ? ""
                : definition.getAllowedValues().stream().filter(allowed -> value.equals(allowed.getValue()))
                        .map(AllowedValue::getLabel).filter(label -> label != null && !label.equals(value))
                        .findFirst().orElse("");
        PolicyMeaning meaning = deployment.getPolicyBindings().stream()
                .filter(binding -> binding.getAppRole() == app.getRole() && name.equals(binding.getPolicyName()))
                .map(PolicyBinding::getMeaning).filter(AppPolicies::meaningful).findFirst().orElse(null);
        return new Entry(name, definition == null ? "" : Labels.orEmpty(definition.getTitle()), value, set != null,
                valueLabel, meaning);
    }

    private static boolean meaningful(PolicyMeaning meaning) {
        return meaning != null && meaning != PolicyMeaning.UNSPECIFIED;
    }

    /**
     * @param meaning a policy meaning
     * @return how the report names it
     */
    static String label(PolicyMeaning meaning) {
        if (meaning == null) {
            return "";
        }
        return switch (meaning) {
        case INITIAL_AUTHENTICATION_MECHANISM -> "initial authentication mechanism";
        case INITIAL_AUTHENTICATION_CREDENTIALS -> "initial authentication credentials";
        case EXCHANGE_SERVER -> "Exchange server (empty for SSO)";
        case USER_DOMAIN -> "user domain (empty for SSO)";
        case UNSPECIFIED -> "";
        };
    }
}
