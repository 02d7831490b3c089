/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.simulation.Evidence;
import org.emworkbench.simulation.Step;
import org.emworkbench.simulation.StepResult;

/**
 * Step 1: the user opens Secure Hub and enters the email address. With email
 * enrollment, Citrix AutoDiscovery maps the address's domain to the server:
 * the model must register the domain for its server, and DNS must publish the
 * claim token. Without it, the seed allows the server-address paths: the user
 * types the address, or Secure Hub passes it on.
 */
final class EnrollmentStep {

    private EnrollmentStep() {
    }

    static StepResult walk(Walk walk) {
        StepRecord record = new StepRecord(Step.ENROLLMENT);
        String domain = walk.target.domain();
        EndpointManagementServer server = walk.deployment.getServer();
        String fqdn = server == null ? null : server.getFqdn();
        record.saw(Evidence.MODEL, "Endpoint Management server " + (fqdn == null ? "(no FQDN)" : fqdn)
                + (server == null || server.getVersion() == null ? "" : ", version " + server.getVersion()));
        record.rules(walk.findings.of(Step.ENROLLMENT));
        Enrollment enrollment = walk.deployment.getEnrollment();
        List<EnrollmentMethod> methods = enrollment == null ? List.of() : enrollment.getMethods();
        record.saw(Evidence.MODEL, "enrollment methods: " + (methods.isEmpty() ? "none"
                : methods.stream().map(EnrollmentMethod::getLiteral).collect(Collectors.joining(", "))));
        boolean email = methods.contains(EnrollmentMethod.EMAIL_AUTODISCOVERY);
        boolean typed = methods.contains(EnrollmentMethod.SERVER_ADDRESS_TYPED);
        boolean passed = methods.contains(EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB);
        AutoDiscoveryRegistration registration = email ? registration(enrollment, domain) : null;
        if (registration != null) {
            return byAutoDiscovery(walk, record, registration, fqdn);
        }
        if (typed || passed) {
            if (email) {
                record.saw(Evidence.MODEL, "no Citrix AutoDiscovery registration for " + domain
                        + ": email enrollment cannot find the server, the server-address path remains");
            }
            String how = typed ? "types the server address " + fqdn + " in Secure Hub"
                    : "gets the server address " + fqdn + " passed on by Secure Hub";
            return record.result(walk.who() + " " + how + " (server-address path; autodiscovery is not needed)");
        }
        if (email) {
            record.fail("users enroll with their email address, but " + domain + " has no Citrix AutoDiscovery"
                    + " registration and no server-address method is offered",
                    "request Citrix AutoDiscovery for " + domain + " (claim it with the DNS TXT token) and add the"
                            + " registration to the model's enrollment, or offer server-address enrollment");
        } else {
            record.fail("the model has no enrollment method", "add an enrollment method: email autodiscovery or"
                    + " the server address");
        }
        return record.result("");
    }

    private static StepResult byAutoDiscovery(Walk walk, StepRecord record, AutoDiscoveryRegistration registration,
            String fqdn) {
        String domain = walk.target.domain();
        record.saw(Evidence.MODEL, "Citrix AutoDiscovery registration: " + domain + " -> "
                + registration.getServerFqdn() + " (user id type " + registration.getUserIdType().getLiteral() + ")");
        if (fqdn != null && registration.getServerFqdn() != null
                && !normalized(fqdn).equals(normalized(registration.getServerFqdn()))) {
            record.fail("Citrix AutoDiscovery sends users of " + domain + " to " + registration.getServerFqdn()
                    + ", not to the server " + fqdn, "correct the registration's server FQDN to " + fqdn
                            + " (and ask Citrix to change the AutoDiscovery entry)");
        }
        DiscoveryReport claim = walk.discover(Set.of(Walk.CLAIM_PROVIDER));
        Walk.read(claim, Evidence.DNS, record);
        return record.result("Secure Hub finds " + registration.getServerFqdn() + " for " + domain
                + " through Citrix AutoDiscovery (the domain's claim token is published) and enrolls "
                + walk.who());
    }

    private static AutoDiscoveryRegistration registration(Enrollment enrollment, String domain) {
        for (AutoDiscoveryRegistration registration : enrollment.getAutoDiscoveryRegistrations()) {
            if (RuleFindings.sameDomain(registration.getDomain(), domain)) {
                return registration;
            }
        }
        return null;
    }

    private static String normalized(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
