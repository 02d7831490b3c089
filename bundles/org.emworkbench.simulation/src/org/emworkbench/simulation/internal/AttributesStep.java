/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryEntry;
import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;
import org.emworkbench.validation.RuleSeverity;

/**
 * Step 3: at enrollment the server expands SEND_LDAP_ATTRIBUTES for the user
 * from the directory and Secure Hub hands the values to Secure Mail. The
 * expansion is the directory bundle's preview; the model's side (the
 * property's form, MAM_MACRO_SUPPORT, the attributes the directory returns) is
 * the rules' part (SSO-005, SSO-006, SSO-007, SSO-017).
 */
final class AttributesStep {

    /** What the expansion gave, for step 5. */
    record Expansion(DirectoryEntry user, ExpansionPreview preview) {
    }

    private AttributesStep() {
    }

    static StepResult walk(Walk walk) {
        StepRecord record = new StepRecord(Step.LDAP_ATTRIBUTES);
        record.rules(walk.findings.of(Step.LDAP_ATTRIBUTES));
        String value = sendLdapAttributes(walk);
        if (value == null) {
            // SSO-005 has said so and failed the step; there is nothing to expand.
            return record.result("");
        }
        record.saw(Evidence.MODEL, SendLdapAttributes.KEY + " = " + value);
        UserDirectory.Lookup lookup = walk.directory.find(walk.target.address());
        if (!lookup.reached()) {
            record.unknown("the expansion is not known: " + lookup.unavailable(), lookup.advice());
            return record.result("");
        }
        if (lookup.user() == null) {
            record.fail(lookup.matches().isEmpty() ? "no directory user has the mail, userPrincipalName or"
                    + " sAMAccountName " + walk.target.address() : lookup.matches().size() + " directory users match "
                    + walk.target.address() + ", so the server cannot tell which one enrolled",
                    "give the user exactly one directory entry whose mail is " + walk.target.address());
            return record.result("");
        }
        ExpansionPreview preview = ExpansionPreview.expand(walk.target.address(), lookup.user(),
                SendLdapAttributes.parse(value), CredentialPolicy.of(walk.deployment),
                walk.directory.connection()::schemaSpelling);
        record.saw(Evidence.LDAP, "user " + lookup.user().dn() + " at " + walk.directory.server());
        for (ExpandedAttribute attribute : preview.attributes()) {
            record.saw(Evidence.LDAP, attribute.name() + " = " + (attribute.value() == null ? "(no value)"
                    : attribute.value()) + "   from " + attribute.template());
        }
        for (ExpansionProblem problem : preview.problems()) {
            if (problem.severity() == RuleSeverity.ERROR) {
                record.fail(problem.kind().id() + (problem.attribute() == null ? "" : " " + problem.attribute())
                        + ": " + problem.message(), problem.fix());
            }
            if (problem.severity() != RuleSeverity.INFO) {
                // Infos (a macro's spelling differs from the schema's) change nothing for the user.
                record.saw(Evidence.LDAP, problem.toString());
            }
        }
        walk.expansion = new Expansion(lookup.user(), preview);
        return record.result("the server sends Secure Hub " + preview.attributes().size() + " attributes of "
                + walk.who() + " from the directory, each with one value");
    }

    private static String sendLdapAttributes(Walk walk) {
        if (walk.deployment.getServer() == null) {
            return null;
        }
        for (ClientProperty property : walk.deployment.getServer().getClientProperties()) {
            if (SendLdapAttributes.KEY.equals(property.getKey()) && property.getValue() != null) {
                return property.getValue();
            }
        }
        return null;
    }
}
