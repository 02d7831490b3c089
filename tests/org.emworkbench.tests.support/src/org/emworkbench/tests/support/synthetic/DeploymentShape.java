/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.tests.support.synthetic;

/**
 * How big a synthetic deployment is, and how its objects are distributed. The
 * generator ({@link SyntheticDeployments#generate(DeploymentShape, long)})
 * creates exactly {@link #objectCount()} objects for a shape.
 *
 * @param clientProperties             client properties of the server
 * @param serverProperties             server properties of the server
 * @param applications                 MDX apps; they come in pairs of one name for
 *                                     iOS and Android
 * @param policiesPerApplication       policy definitions in each app's catalogue
 * @param enumeratedPolicyEvery        every n-th policy definition is enumerated
 *                                     (has allowed values); 0 for none
 * @param allowedValuesPerEnumeration  allowed values of each enumerated policy
 * @param policyValuesPerApplication   policy values each app sets, for its first
 *                                     policies; at most {@code policiesPerApplication}
 * @param deliveryGroups               delivery groups; the first is the built-in
 *                                     AllUsers group
 * @param principalsPerGroup           users and directory groups assigned to each
 *                                     delivery group (one in five is a group)
 * @param appAssignmentsPerGroup       apps each delivery group delivers, distinct
 *                                     within the group; at most {@code applications}
 * @param mailDomains                  Exchange mail domains; each also has a Citrix
 *                                     AutoDiscovery registration
 * @param srvRecordsPerDomain          expected {@code _autodiscover._tcp} SRV records
 *                                     per mail domain
 * @param personas                     sample users of the directory; needs a mail
 *                                     domain when positive
 */
public record DeploymentShape(int clientProperties, int serverProperties, int applications,
        int policiesPerApplication, int enumeratedPolicyEvery, int allowedValuesPerEnumeration,
        int policyValuesPerApplication, int deliveryGroups, int principalsPerGroup, int appAssignmentsPerGroup,
        int mailDomains, int srvRecordsPerDomain, int personas) {

    /**
     * About 53,000 objects, like the model the baselines in
     * {@code docs/performance.md} were measured on: 500 client and 300 server
     * properties, 200 apps with about 150 objects each (60 policy definitions, 30
     * allowed values, 60 policy values), 2,000 delivery groups with 5 principals
     * and 5 app assignments each (10,000 references to apps).
     */
    public static final DeploymentShape MEDIUM = new DeploymentShape(500, 300, 200, 60, 4, 2, 60, 2_000, 5, 5, 20, 2,
            100);

    /** {@link #MEDIUM} twice over: about 106,000 objects. */
    public static final DeploymentShape LARGE = MEDIUM.times(2);

    /** Policy bindings and their value bindings, which do not grow with the shape. */
    static final int POLICY_BINDING_OBJECTS = 7;

    /** LDAP servers of the directory, which do not grow with the shape. */
    static final int LDAP_SERVERS = 2;

    /**
     * Objects every deployment has whatever its shape: the deployment, server,
     * enrollment, Exchange organization and directory, the policy bindings and
     * the LDAP servers.
     */
    static final int FIXED_OBJECTS = 5 + POLICY_BINDING_OBJECTS + LDAP_SERVERS;

    /**
     * @throws IllegalArgumentException when a count is negative or the counts
     *                                  contradict each other; the message names
     *                                  the parameter
     */
    public DeploymentShape {
        requireNotNegative("clientProperties", clientProperties);
        requireNotNegative("serverProperties", serverProperties);
        requireNotNegative("applications", applications);
        requireNotNegative("policiesPerApplication", policiesPerApplication);
        requireNotNegative("enumeratedPolicyEvery", enumeratedPolicyEvery);
        requireNotNegative("allowedValuesPerEnumeration", allowedValuesPerEnumeration);
        requireNotNegative("policyValuesPerApplication", policyValuesPerApplication);
        requireNotNegative("deliveryGroups", deliveryGroups);
        requireNotNegative("principalsPerGroup", principalsPerGroup);
        requireNotNegative("appAssignmentsPerGroup", appAssignmentsPerGroup);
        requireNotNegative("mailDomains", mailDomains);
        requireNotNegative("srvRecordsPerDomain", srvRecordsPerDomain);
        requireNotNegative("personas", personas);
        if (policyValuesPerApplication > policiesPerApplication) {
            throw new IllegalArgumentException("policyValuesPerApplication (" + policyValuesPerApplication
                    + ") exceeds policiesPerApplication (" + policiesPerApplication
                    + "): an app sets values only for policies it declares");
        }
        if (appAssignmentsPerGroup > applications) {
            throw new IllegalArgumentException("appAssignmentsPerGroup (" + appAssignmentsPerGroup
                    + ") exceeds applications (" + applications + "): a group delivers each app once");
        }
        if (personas > 0 && mailDomains == 0) {
            throw new IllegalArgumentException("personas need at least one mail domain for their addresses");
        }
    }

    /**
     * @param factor how many times bigger, at least 1
     * @return this shape with every count that grows with a deployment (properties,
     *         apps, delivery groups, mail domains, personas) multiplied; the
     *         per-app and per-group counts stay
     */
    public DeploymentShape times(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
        return new DeploymentShape(clientProperties * factor, serverProperties * factor, applications * factor,
                policiesPerApplication, enumeratedPolicyEvery, allowedValuesPerEnumeration,
                policyValuesPerApplication, deliveryGroups * factor, principalsPerGroup, appAssignmentsPerGroup,
                mailDomains * factor, srvRecordsPerDomain, personas * factor);
    }

    /** @return policy definitions of one app that have allowed values */
    public int enumeratedPoliciesPerApplication() {
        return enumeratedPolicyEvery == 0 ? 0 : (policiesPerApplication + enumeratedPolicyEvery - 1) / enumeratedPolicyEvery;
    }

    /**
     * @return the number of objects a deployment of this shape has, its root
     *         included: what {@link SyntheticDeployments#countObjects} reports for
     *         a generated one
     */
    public long objectCount() {
        long perApplication = 1L + policiesPerApplication
                + (long) enumeratedPoliciesPerApplication() * allowedValuesPerEnumeration + policyValuesPerApplication;
        long perGroup = 1L + principalsPerGroup + appAssignmentsPerGroup;
        long perMailDomain = 1L + srvRecordsPerDomain + 1 /* its AutoDiscovery registration */;
        return FIXED_OBJECTS + (long) clientProperties + serverProperties + applications * perApplication
                + deliveryGroups * perGroup + mailDomains * perMailDomain + personas;
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
