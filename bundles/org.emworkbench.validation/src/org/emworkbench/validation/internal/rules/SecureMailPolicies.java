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
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.PolicyValueBinding;
import org.emworkbench.model.deployment.PolicyValueMeaning;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;

/**
 * Finds Secure Mail's policies the way every rule must: Secure Mail by its
 * {@link AppRole#SECURE_MAIL role}, a policy by the model's
 * {@link PolicyBinding policy bindings}, a value's meaning by the binding's
 * value bindings. Secure Mail's internal policy names are not public, so no
 * rule names them. When a policy cannot be found, this class reports why and
 * how to add what is missing.
 */
final class SecureMailPolicies {

    /** The console labels of the policies, as the seed names them. */
    private static final Map<PolicyMeaning, String> LABELS = Map.of(
            PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM, "Initial authentication mechanism",
            PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS, "Initial authentication credentials",
            PolicyMeaning.EXCHANGE_SERVER, "Secure Mail Exchange Server",
            PolicyMeaning.USER_DOMAIN, "Secure Mail user domain");

    /** The console labels of the values, as the seed names them. */
    private static final Map<PolicyValueMeaning, String> VALUE_LABELS = Map.of(
            PolicyValueMeaning.USER_EMAIL_ADDRESS, "User email address",
            PolicyValueMeaning.USER_PRINCIPAL_NAME, "userPrincipalName",
            PolicyValueMeaning.SAM_ACCOUNT_NAME, "sAMAccountName");

    private SecureMailPolicies() {
    }

    /**
     * One bound policy of one Secure Mail app.
     *
     * @param app        the app
     * @param binding    the binding that names the policy
     * @param definition the policy in the app's catalogue, or {@code null}
     * @param value      the value the deployment sets, or {@code null} when the default applies
     */
    record BoundPolicy(MdxApplication app, PolicyBinding binding, PolicyDefinition definition, PolicyValue value) {

        /** @return the value in effect: the value set, else the catalogue's default; may be {@code null} */
        String effectiveValue() {
            if (value != null) {
                return value.getValue();
            }
            return definition == null ? null : definition.getDefaultValue();
        }

        /** @return whether no value is set, so the catalogue's default applies */
        boolean isDefault() {
            return value == null;
        }

        /** @return where findings about the value go: the value, or the app when none is set */
        EObject where() {
            return value != null ? value : app;
        }

        /** @return the console label of the policy, e.g. "Initial authentication mechanism" */
        String label() {
            return labelOf(binding.getMeaning());
        }

        /** @return the meaning of the value in effect; {@link PolicyValueMeaning#UNSPECIFIED} when unbound */
        PolicyValueMeaning effectiveMeaning() {
            String effective = effectiveValue();
            return binding.getValueBindings().stream().filter(bound -> bound.getValue() != null
                    && bound.getValue().equals(effective)).map(PolicyValueBinding::getMeaning).findFirst()
                    .orElse(PolicyValueMeaning.UNSPECIFIED);
        }

        /**
         * @param meaning a value meaning
         * @return the first value bound to it, or {@code null}
         */
        String valueMeaning(PolicyValueMeaning meaning) {
            return binding.getValueBindings().stream().filter(bound -> bound.getMeaning() == meaning)
                    .map(PolicyValueBinding::getValue).findFirst().orElse(null);
        }

        /** @return the policy's name and app, e.g. "InitialAuthenticationMechanism of Secure Mail (ios)" */
        String describe() {
            return "Secure Mail policy '" + label() + "' (" + binding.getPolicyName() + ") of " + appName(app);
        }

        /**
         * @param text a value
         * @return the value with its console label, e.g. "userEmailAddress" (User email address)
         */
        String withLabel(String text) {
            if (text == null) {
                return "unset";
            }
            Optional<String> label = definition == null ? Optional.empty()
                    : definition.getAllowedValues().stream().filter(allowed -> text.equals(allowed.getValue()))
                            .map(AllowedValue::getLabel).filter(l -> l != null && !l.equals(text)).findFirst();
            return "\"" + text + "\"" + label.map(l -> " (" + l + ")").orElse("");
        }
    }

    /**
     * @param deployment a deployment
     * @return its Secure Mail apps, in model order
     */
    static List<MdxApplication> secureMailApps(Deployment deployment) {
        return deployment.getApplications().stream().filter(app -> app.getRole() == AppRole.SECURE_MAIL).toList();
    }

    /**
     * Finds the policy of the given meaning in every Secure Mail app, and
     * reports each app (or the deployment) where it cannot be found.
     *
     * @param deployment a deployment
     * @param meaning    the policy's meaning
     * @param context    where findings go
     * @return the policies found, one per app at most
     */
    static List<BoundPolicy> find(Deployment deployment, PolicyMeaning meaning, RuleContext context) {
        List<MdxApplication> apps = secureMailApps(deployment);
        if (apps.isEmpty()) {
            return List.of();
        }
        List<PolicyBinding> bindings = deployment.getPolicyBindings().stream()
                .filter(binding -> binding.getAppRole() == AppRole.SECURE_MAIL && binding.getMeaning() == meaning)
                .toList();
        if (bindings.isEmpty()) {
            String candidate = apps.stream().map(app -> titled(app, labelOf(meaning))).filter(name -> name != null)
                    .findFirst().orElse("the policy's name in the .mdx catalogue");
            context.report(Finding.on(deployment, "no policy binding says which Secure Mail policy is '"
                    + labelOf(meaning) + "', so EMW cannot check it (Secure Mail's internal policy names are not public)")
                    .expected("a policy binding with appRole secureMail and meaning " + meaning.getLiteral())
                    .fix("add a policy binding: appRole secureMail, policyName " + candidate + ", meaning "
                            + meaning.getLiteral()));
            return List.of();
        }
        List<BoundPolicy> found = new ArrayList<>();
        for (MdxApplication app : apps) {
            Optional<BoundPolicy> policy = bindings.stream().map(binding -> bind(app, binding))
                    .filter(bound -> bound.definition() != null || bound.value() != null).findFirst();
            if (policy.isPresent()) {
                found.add(policy.get());
            } else {
                reportMissingPolicy(app, meaning, bindings, context);
            }
        }
        return found;
    }

    /**
     * Reports a binding that binds no value to a meaning a rule needs.
     *
     * @param policy  the bound policy
     * @param meaning the value meaning that is not bound
     * @param context where the finding goes
     */
    static void reportUnboundValue(BoundPolicy policy, PolicyValueMeaning meaning, RuleContext context) {
        String label = VALUE_LABELS.getOrDefault(meaning, meaning.getLiteral());
        String candidate = policy.definition() == null ? null
                : policy.definition().getAllowedValues().stream()
                        .filter(allowed -> label.equalsIgnoreCase(allowed.getLabel())).map(AllowedValue::getValue)
                        .findFirst().orElse(null);
        context.report(Finding.on(policy.binding(), "the binding of " + policy.binding().getPolicyName()
                + " binds no value to " + meaning.getLiteral() + ", so EMW cannot tell which value means '" + label + "'")
                .expected("a value binding with meaning " + meaning.getLiteral())
                .fix("add a value binding: value " + (candidate != null ? candidate : "(the value the console labels '"
                        + label + "')") + ", meaning " + meaning.getLiteral()));
    }

    /**
     * @param app an app
     * @return how messages name it, e.g. "Secure Mail (ios)"
     */
    static String appName(MdxApplication app) {
        return app.getName() + (app.isSetPlatform() ? " (" + app.getPlatform().getLiteral() + ")" : "");
    }

    /**
     * @param meaning a policy meaning
     * @return the console label of the policy
     */
    static String labelOf(PolicyMeaning meaning) {
        return LABELS.getOrDefault(meaning, meaning.getLiteral());
    }

    /**
     * @param meaning a value meaning
     * @return the console label of the value
     */
    static String labelOf(PolicyValueMeaning meaning) {
        return VALUE_LABELS.getOrDefault(meaning, meaning.getLiteral());
    }

    private static BoundPolicy bind(MdxApplication app, PolicyBinding binding) {
        String name = binding.getPolicyName();
        PolicyDefinition definition = app.getPolicies().stream().filter(policy -> name != null
                && name.equals(policy.getName())).findFirst().orElse(null);
        PolicyValue value = app.getPolicyValues().stream().filter(policy -> name != null
                && name.equals(policy.getPolicyName())).findFirst().orElse(null);
        return new BoundPolicy(app, binding, definition, value);
    }

    private static void reportMissingPolicy(MdxApplication app, PolicyMeaning meaning, List<PolicyBinding> bindings,
            RuleContext context) {
        List<String> names = bindings.stream().map(PolicyBinding::getPolicyName).toList();
        String titled = titled(app, labelOf(meaning));
        String fix;
        if (titled != null) {
            fix = "the catalogue's policy " + titled + " has the title '" + labelOf(meaning)
                    + "': set the binding's policyName to " + titled;
        } else if (app.getPolicies().isEmpty()) {
            fix = "import the policy catalogue of the app's .mdx file, then set its value";
        } else {
            fix = "import the catalogue of the .mdx file this app was uploaded with, or correct the binding's policyName";
        }
        context.report(Finding.on(app, appName(app) + " has no policy " + String.join(" or ", names)
                + " in its catalogue or values, which the policy binding for '" + labelOf(meaning) + "' names")
                .expected("policy " + names.get(0) + " ('" + labelOf(meaning) + "')").fix(fix));
    }

    private static String titled(MdxApplication app, String label) {
        return app.getPolicies().stream().filter(policy -> label.equalsIgnoreCase(policy.getTitle()))
                .map(PolicyDefinition::getName).findFirst().orElse(null);
    }
}
