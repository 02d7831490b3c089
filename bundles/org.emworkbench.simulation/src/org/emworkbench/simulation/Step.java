/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation;

import java.util.List;

/**
 * The steps of the seed's end-to-end experience for one user ("The end-to-end
 * Secure Mail SSO user experience with automatic provisioning"), in the order
 * the user meets them. Each step names the steps whose outcome it needs: when
 * one of them did not pass, the step is {@link Outcome#SKIPPED}.
 *
 * @since 0.1
 */
public enum Step {
    /** Secure Hub finds the Endpoint Management server from the email address, or the user types it. */
    ENROLLMENT(1, "Secure Hub enrollment", "enrollment"),
    /** The user's delivery groups deliver Secure Mail, and the client properties SSO needs are right. */
    DELIVERY(2, "Secure Mail delivered, client properties", "delivery", ENROLLMENT),
    /** SEND_LDAP_ATTRIBUTES is expanded from the directory for this user. */
    LDAP_ATTRIBUTES(3, "SEND_LDAP_ATTRIBUTES from the directory", "ldap-attributes", ENROLLMENT),
    /** Secure Mail authenticates by email address and finds Exchange through the DNS SRV record. */
    EXCHANGE_AUTODISCOVER(4, "Exchange autodiscover for the email address", "exchange-autodiscover", DELIVERY),
    /** The credential Secure Mail sends is the one Exchange accepts, and the user has it. */
    CREDENTIAL(5, "Credential accepted by Exchange", "credential", LDAP_ATTRIBUTES, EXCHANGE_AUTODISCOVER);

    private final int number;
    private final String title;
    private final String key;
    private final List<Step> needs;

    Step(int number, String title, String key, Step... needs) {
        this.number = number;
        this.title = title;
        this.key = key;
        this.needs = List.of(needs);
    }

    /** @return the step's number in the walk, 1 to 5 */
    public int number() {
        return number;
    }

    /** @return a short title for reports */
    public String title() {
        return title;
    }

    /** @return the stable key used in JSON reports and in the rule-to-step table, e.g. {@code ldap-attributes} */
    public String key() {
        return key;
    }

    /** @return the steps that must pass before this one can happen */
    public List<Step> needs() {
        return needs;
    }

    /**
     * @param key a key as {@link #key()} returns it
     * @return the step, or {@code null} when no step has that key
     */
    public static Step byKey(String key) {
        for (Step step : values()) {
            if (step.key.equals(key)) {
                return step;
            }
        }
        return null;
    }
}
