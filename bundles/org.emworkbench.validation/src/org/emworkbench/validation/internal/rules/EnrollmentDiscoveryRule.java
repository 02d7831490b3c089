/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.ValidationRule;

/**
 * SSO-013: users can reach the server when they enroll (Seed, introduction:
 * "For users who enroll in Secure Hub with email credentials, this feature
 * requires that autodiscovery is enabled. If autodiscovery is not enabled, you
 * can enable this feature for the following enrollment methods…"; and
 * "Troubleshoot issues", step 2).
 * <p>
 * With email enrollment, every mail domain of the Exchange organization and
 * every persona's mail domain needs a Citrix AutoDiscovery registration. If a
 * server-address method (typed or from Secure Hub) is offered as well, users
 * of an uncovered domain can still enroll, so that is a warning; otherwise an
 * error. Without email enrollment, a server-address method must be offered.
 * </p>
 */
public final class EnrollmentDiscoveryRule implements ValidationRule {

    @Override
    public void check(EObject target, RuleContext context) {
        Deployment deployment = (Deployment) target;
        Enrollment enrollment = deployment.getEnrollment();
        List<EnrollmentMethod> methods = enrollment == null ? List.of() : enrollment.getMethods();
        boolean serverAddress = methods.contains(EnrollmentMethod.SERVER_ADDRESS_TYPED)
                || methods.contains(EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB);
        if (!methods.contains(EnrollmentMethod.EMAIL_AUTODISCOVERY)) {
            if (!serverAddress) {
                context.report(Finding.on(enrollment != null ? enrollment : deployment, "no enrollment method is "
                        + "offered that lets Secure Mail find the server: neither email enrollment with AutoDiscovery "
                        + "nor a server address").expected(EnrollmentMethod.EMAIL_AUTODISCOVERY.getLiteral() + ", "
                                + EnrollmentMethod.SERVER_ADDRESS_TYPED.getLiteral() + " or "
                                + EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB.getLiteral())
                        .actual(methods.isEmpty() ? null : methods.toString())
                        .fix("offer email enrollment with Citrix AutoDiscovery, or let users type the server address"));
            }
            return;
        }
        List<String> uncovered = uncoveredDomains(deployment, enrollment);
        if (uncovered.isEmpty()) {
            return;
        }
        String domains = String.join(", ", uncovered);
        Finding finding = Finding.on(enrollment, "users enroll with their email address, but "
                + (uncovered.size() == 1 ? "mail domain " + domains + " has" : "mail domains " + domains + " have")
                + " no Citrix AutoDiscovery registration"
                + (serverAddress ? "; their users must type the server address instead" : ", and no server-address "
                        + "enrollment is offered, so their users cannot enroll"))
                .expected("an AutoDiscovery registration for " + domains)
                .fix("register " + domains + " with Citrix AutoDiscovery (claim the domain with its DNS TXT token)"
                        + (serverAddress ? "" : ", or offer server-address enrollment"));
        context.report(serverAddress ? finding.severity(RuleSeverity.WARNING) : finding);
    }

    private static List<String> uncoveredDomains(Deployment deployment, Enrollment enrollment) {
        Set<String> registered = new LinkedHashSet<>();
        for (AutoDiscoveryRegistration registration : enrollment.getAutoDiscoveryRegistrations()) {
            registered.add(DomainNames.normalized(registration.getDomain()));
        }
        Set<String> needed = new LinkedHashSet<>();
        if (deployment.getExchange() != null) {
            for (MailDomain domain : deployment.getExchange().getMailDomains()) {
                needed.add(DomainNames.normalized(domain.getName()));
            }
        }
        if (deployment.getDirectory() != null) {
            for (Persona persona : deployment.getDirectory().getPersonas()) {
                String mail = persona.getMail();
                if (mail != null && mail.indexOf('@') > 0) {
                    needed.add(DomainNames.normalized(mail.substring(mail.lastIndexOf('@') + 1)));
                }
            }
        }
        needed.remove("");
        List<String> uncovered = new ArrayList<>(needed);
        uncovered.removeAll(registered);
        return uncovered;
    }
}
