/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.internal.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryPreview;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.directory.ProblemKind;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.directory.UserGroups;
import org.emworkbench.directory.internal.ModelFacts;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.OnlineCheckUnavailableException;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-019 (online): what Secure Hub would send Secure Mail for each persona,
 * expanded from {@code SEND_LDAP_ATTRIBUTES} against the live directory, the
 * same code as {@code emw ldap-preview}. Each problem of error or warning
 * severity becomes a finding on the persona, its message starting with the
 * DIR id; notes of info severity (a macro's letter case, values the server
 * computes) are left to the preview, as they are the same for every user.
 * <p>
 * The server, bind account and password source come from the run's
 * environment ({@link DirectoryAccess}); without one, the model's first LDAP
 * server with the default settings and {@code env:} passwords. A directory that
 * cannot be reached, trusted or bound to, or a password that is not available,
 * means the persona could not be checked: an
 * {@link OnlineCheckUnavailableException}, never a finding. The first such
 * failure is remembered for the run, so that every further persona reports it
 * at once instead of waiting for the same timeout again.
 * </p>
 * One instance serves every run and thread: what it remembers is keyed by the
 * run's context and forgotten with it.
 */
public final class LiveExpansionRule implements ValidationRule {

    /** Per run (its context): endpoint, as text (it holds no secret), to the message of its failure. */
    private final Map<RuleContext, Map<String, String>> unavailable = Collections
            .synchronizedMap(new WeakHashMap<>());

    @Override
    public void check(EObject target, RuleContext context) {
        Persona persona = (Persona) target;
        Optional<String> identity = ModelFacts.identity(persona);
        if (identity.isEmpty()) {
            context.report(Finding.on(persona, "the persona has no mail, userPrincipalName or sAMAccountName to"
                    + " look the user up by").fix("enter the persona's mail address as the directory has it")
                    .severity(RuleSeverity.WARNING));
            return;
        }
        if (!(EcoreUtil.getRootContainer(persona) instanceof Deployment deployment)) {
            return;
        }
        Optional<String> value = ModelFacts.sendLdapAttributes(deployment);
        if (value.isEmpty()) {
            return; // SSO-005 reports the missing property offline.
        }
        DirectoryAccess access = context.environment(DirectoryAccess.class).orElse(DirectoryAccess.DEFAULTS);
        DirectoryEndpoint endpoint;
        try {
            endpoint = access.endpoint(persona.eContainer() instanceof Directory directory ? directory : null);
        } catch (IllegalArgumentException e) {
            throw new OnlineCheckUnavailableException(e.getMessage());
        }
        String key = endpoint.toString();
        Map<String, String> failures = unavailable.computeIfAbsent(context, run -> new ConcurrentHashMap<>());
        String earlier = failures.get(key);
        if (earlier != null) {
            throw new OnlineCheckUnavailableException(earlier);
        }
        if (context.isCancelled()) {
            return;
        }
        ExpansionPreview preview;
        DirectoryConnection connection;
        try {
            connection = DirectoryConnection.open(endpoint, access.credentials());
        } catch (DirectoryException e) {
            failures.put(key, e.getMessage());
            throw new OnlineCheckUnavailableException(e.getMessage());
        }
        List<String> groups = null;
        try (connection) {
            preview = new DirectoryPreview(connection, SendLdapAttributes.parse(value.get()),
                    CredentialPolicy.of(deployment)).preview(identity.get());
            if (preview.user() != null && !persona.getExpectedGroups().isEmpty()) {
                groups = UserGroups.of(connection, preview.user());
            }
        } catch (DirectoryException e) {
            throw new OnlineCheckUnavailableException(e.getMessage());
        }
        for (ExpansionProblem problem : preview.problems()) {
            if (problem.severity() == RuleSeverity.INFO) {
                continue;
            }
            context.report(Finding.on(persona, problem.kind().id()
                    + (problem.attribute() == null ? "" : " " + problem.attribute()) + ": " + problem.message())
                    .fix(problem.fix()).severity(problem.severity()));
        }
        if (groups != null) {
            reportMissingGroups(persona, preview.user().dn(), groups, context);
        }
    }

    private static void reportMissingGroups(Persona persona, String userDn, List<String> groups,
            RuleContext context) {
        for (String expected : persona.getExpectedGroups()) {
            if (expected == null || expected.isBlank() || UserGroups.contains(groups, expected)) {
                continue;
            }
            ProblemKind kind = ProblemKind.NOT_IN_EXPECTED_GROUP;
            context.report(Finding.on(persona, kind.id() + ": the directory does not have " + userDn + " in "
                    + expected + ", directly or through nested groups; it is in "
                    + (groups.isEmpty() ? "no group" : String.join("; ", groups)))
                    .expected(expected).fix(kind.fix()).severity(kind.severity()));
        }    }
}
