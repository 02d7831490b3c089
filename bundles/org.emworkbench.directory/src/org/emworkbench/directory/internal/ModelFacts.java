/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.internal;

import java.util.Optional;
import java.util.stream.Stream;

import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Persona;

/**
 * What the directory features read from a model, in one place for the
 * command line and the online rule.
 */
public final class ModelFacts {

    private ModelFacts() {
    }

    /**
     * @param deployment a model
     * @return the value of the client property {@code SEND_LDAP_ATTRIBUTES} (the key written exactly so, as
     *         the server compares it), or empty when the model has none
     */
    public static Optional<String> sendLdapAttributes(Deployment deployment) {
        if (deployment.getServer() == null) {
            return Optional.empty();
        }
        for (ClientProperty property : deployment.getServer().getClientProperties()) {
            if (SendLdapAttributes.KEY.equals(property.getKey()) && property.getValue() != null) {
                return Optional.of(property.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * @param persona a persona of the model
     * @return what the persona's user is looked up by: the mail address, else the userPrincipalName, else the
     *         sAMAccountName; empty when the persona has none of them
     */
    public static Optional<String> identity(Persona persona) {
        return Stream.of(persona.getMail(), persona.getUserPrincipalName(), persona.getSAMAccountName())
                .filter(value -> value != null && !value.isBlank()).map(String::strip).findFirst();
    }
}
