/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.rules;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.validation.Finding;
import org.emworkbench.validation.RuleContext;
import org.emworkbench.validation.ValidationRule;

/**
 * CONTOSO-001: the client property {@code INACTIVITY_TIMER} is set to a whole
 * number of minutes from 1 to {@value #MAXIMUM_MINUTES}.
 */
public final class InactivityTimerRule implements ValidationRule {

    /** The client property checked. */
    public static final String KEY = "INACTIVITY_TIMER";

    /** The longest idle time Contoso allows, in minutes. */
    public static final int MAXIMUM_MINUTES = 30;

    @Override
    public void check(EObject target, RuleContext context) {
        EndpointManagementServer server = (EndpointManagementServer) target;
        ClientProperty timer = server.getClientProperties().stream()
                .filter(property -> KEY.equals(property.getKey())).findFirst().orElse(null);
        if (timer == null) {
            context.report(Finding.on(server, KEY + " is not set, so apps use the server's default idle time")
                    .expected("1 to " + MAXIMUM_MINUTES).fix("add client property " + KEY + " = " + MAXIMUM_MINUTES));
            return;
        }
        Integer minutes = minutes(timer.getValue());
        if (minutes == null || minutes < 1 || minutes > MAXIMUM_MINUTES) {
            context.report(Finding.on(timer, KEY + " is " + describe(timer.getValue()) + "; Contoso allows 1 to "
                    + MAXIMUM_MINUTES + " minutes").expected("1 to " + MAXIMUM_MINUTES).actual(timer.getValue())
                    .fix("set " + KEY + " to " + MAXIMUM_MINUTES + " or less"));
        }
    }

    private static Integer minutes(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(String value) {
        return value == null ? "unset" : "\"" + value + "\"";
    }
}
