/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.macro.PropertyReference;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-005: the client property {@code SEND_LDAP_ATTRIBUTES} exists (as a key,
 * not only as a display name) and maps userPrincipalName, sAMAccountName,
 * displayName and mail each to its user macro (Seed, "To enable the automatic
 * enrollment in Secure Mail", step 1b).
 * <p>
 * Attribute names are compared ignoring case, as the MAM SDK looks them up in
 * lower case (the documented value itself spells "sAMAccountNAme"); macro
 * property names are compared ignoring case and blanks. So the seed's literal
 * value passes; its blanks and its {@code displayName} spelling are SSO-006's
 * business. A name written in another case than the attribute's is reported
 * as an info only.
 * </p>
 */
public final class SendLdapAttributesRule implements ValidationRule {

    /** An attribute Secure Mail needs and the user macro that supplies it. */
    record Required(String attribute, String macro) {
        String canonical() {
            return attribute + "=${user." + macro + "}";
        }
    }

    /** What Secure Mail needs, in the documented order. */
    static final List<Required> REQUIRED = List.of(new Required("userPrincipalName", "userprincipalname"),
            new Required("sAMAccountName", "samaccountname"), new Required("displayName", "displayname"),
            new Required("mail", "mail"));

    /** The documented value without its blanks and typos. */
    static final String CANONICAL_VALUE = String.join(",", REQUIRED.stream().map(Required::canonical).toList());

    @Override
    public void check(EObject target, RuleContext context) {
        EndpointManagementServer server = (EndpointManagementServer) target;
        boolean present = false;
        for (ClientProperty property : server.getClientProperties()) {
            if (LdapAttributeList.KEY.equals(property.getKey())) {
                present = true;
                checkValue(property, context);
            }
        }
        if (!present) {
            reportMissing(server, context);
        }
    }

    private static void checkValue(ClientProperty property, RuleContext context) {
        List<LdapAttributeList.Entry> entries = LdapAttributeList.parse(property.getValue()).entries();
        for (Required required : REQUIRED) {
            List<LdapAttributeList.Entry> named = entries.stream()
                    .filter(entry -> entry.name().equalsIgnoreCase(required.attribute())).toList();
            if (named.isEmpty()) {
                context.report(Finding.on(property, LdapAttributeList.KEY + " does not map " + required.attribute()
                        + ", which Secure Mail needs").expected(required.canonical()).actual(property.getValue())
                        .fix("add " + required.canonical() + " to the value")
                        .quickFix("add " + required.canonical() + " to " + LdapAttributeList.KEY,
                                () -> append(property, required)));
            } else if (named.stream().noneMatch(entry -> mapsTo(entry, required))) {
                LdapAttributeList.Entry entry = named.get(0);
                context.report(Finding.on(property, LdapAttributeList.KEY + " maps " + entry.name() + " to "
                        + quoted(entry.value()) + " instead of the macro ${user." + required.macro() + "}")
                        .expected(required.canonical()).actual(entry.name() + "=" + entry.value())
                        .fix("write " + required.canonical()));
            } else if (named.stream().noneMatch(entry -> entry.name().equals(required.attribute()))) {
                context.report(Finding.on(property, "attribute " + named.get(0).name() + " is spelled in another case than "
                        + required.attribute() + "; Secure Mail still finds it, as names are compared ignoring case")
                        .expected(required.attribute()).actual(named.get(0).name())
                        .fix("write " + required.attribute() + " for readability").severity(RuleSeverity.INFO)
                        .quickFix("write " + required.attribute() + " instead of " + named.get(0).name(),
                                () -> rename(property, named.get(0).name(), required.attribute())));
            }
        }
    }

    private static void rename(ClientProperty property, String written, String attribute) {
        if (property.getValue() != null) {
            property.setValue(Pattern.compile("(^|,)(\\s*)" + Pattern.quote(written) + "(\\s*=)")
                    .matcher(property.getValue()).replaceFirst("$1$2" + Matcher.quoteReplacement(attribute) + "$3"));
        }
    }

    private static void append(ClientProperty property, Required required) {
        String value = property.getValue() == null ? "" : property.getValue();
        boolean mapped = LdapAttributeList.parse(value).entries().stream()
                .anyMatch(entry -> entry.name().equalsIgnoreCase(required.attribute()));
        if (!mapped) {
            property.setValue(value.isBlank() ? required.canonical() : value + "," + required.canonical());
        }
    }

    private static boolean mapsTo(LdapAttributeList.Entry entry, Required required) {
        PropertyReference property = entry.onlyProperty();
        return property != null && "user".equalsIgnoreCase(property.prefix())
                && required.macro().equalsIgnoreCase(property.name());
    }

    private static void reportMissing(EndpointManagementServer server, RuleContext context) {
        String message = "client property " + LdapAttributeList.KEY + " is missing";
        String fix = "add client property " + LdapAttributeList.KEY + " on Settings > Client Properties with value "
                + CANONICAL_VALUE;
        ClientProperty misnamed = null;
        for (ClientProperty property : server.getClientProperties()) {
            String key = property.getKey();
            if (key != null && key.strip().equalsIgnoreCase(LdapAttributeList.KEY)) {
                message += " (keys are case-sensitive: found \"" + key + "\")";
                fix = "rename \"" + key + "\" to " + LdapAttributeList.KEY;
                misnamed = property;
                break;
            }
            if (LdapAttributeList.KEY.equals(property.getDisplayName())) {
                message += ": it is only the display name of the property with key " + Setting.quoted(key)
                        + ", and the server sends properties by key";
                fix = "set that property's key to " + LdapAttributeList.KEY;
                misnamed = property;
                break;
            }
        }
        Finding finding = Finding.on(server, message).expected(LdapAttributeList.KEY + " = " + CANONICAL_VALUE).fix(fix);
        if (misnamed != null) {
            ClientProperty renamed = misnamed;
            finding.quickFix("set the key of " + Setting.quoted(misnamed.getKey()) + " to " + LdapAttributeList.KEY,
                    () -> renamed.setKey(LdapAttributeList.KEY));
        } else {
            finding.quickFix("add " + LdapAttributeList.KEY + " = " + CANONICAL_VALUE, () -> addCanonical(server));
        }
        context.report(finding);
    }

    private static void addCanonical(EndpointManagementServer server) {
        if (server.getClientProperties().stream().noneMatch(property -> LdapAttributeList.KEY.equals(property.getKey()))) {
            ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
            property.setKey(LdapAttributeList.KEY);
            property.setValue(CANONICAL_VALUE);
            property.setDisplayName(LdapAttributeList.KEY);
            server.getClientProperties().add(property);
        }
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "nothing" : "\"" + text + "\"";
    }
}
