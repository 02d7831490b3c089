/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.rules;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.validation.internal.facts.PropertyTypes;

/**
 * A client or a server property seen the same way, so that one check serves
 * both.
 *
 * @param kind   client or server property
 * @param object the model object, where findings go
 * @param key    the client property's key or the server property's name
 * @param value  the value in effect: a server property without a value has its
 *               default value; {@code null} when neither is set
 */
record Setting(Kind kind, EObject object, String key, String value) {

    /** Client or server property, with how the console and messages name them. */
    enum Kind {
        /** A client property (Settings &gt; Client Properties). */
        CLIENT("client property", "Settings > Client Properties", PropertyTypes.Kind.CLIENT),
        /** A server property (Settings &gt; Server Properties). */
        SERVER("server property", "Settings > Server Properties", PropertyTypes.Kind.SERVER);

        private final String noun;
        private final String consolePage;
        private final PropertyTypes.Kind factsKind;

        Kind(String noun, String consolePage, PropertyTypes.Kind factsKind) {
            this.noun = noun;
            this.consolePage = consolePage;
            this.factsKind = factsKind;
        }

        /** @return how messages name it, e.g. "client property" */
        String noun() {
            return noun;
        }

        /** @return where the console edits it */
        String consolePage() {
            return consolePage;
        }

        /** @return the kind the property facts use */
        PropertyTypes.Kind factsKind() {
            return factsKind;
        }

        /**
         * Adds a property of this kind unless one with the key exists (for quick fixes).
         *
         * @param server the server
         * @param key    the key or name
         * @param value  the value
         */
        void addIfMissing(EndpointManagementServer server, String key, String value) {
            if (of(server).stream().anyMatch(setting -> key.equals(setting.key()))) {
                return;
            }
            if (this == CLIENT) {
                ClientProperty property = DeploymentFactory.eINSTANCE.createClientProperty();
                property.setKey(key);
                property.setValue(value);
                server.getClientProperties().add(property);
            } else {
                ServerProperty property = DeploymentFactory.eINSTANCE.createServerProperty();
                property.setName(key);
                property.setValue(value);
                server.getServerProperties().add(property);
            }
        }

        /**
         * @param server a server
         * @return its properties of this kind, in model order
         */
        List<Setting> of(EndpointManagementServer server) {
            return this == CLIENT
                    ? server.getClientProperties().stream()
                            .map(property -> new Setting(this, property, property.getKey(), property.getValue()))
                            .toList()
                    : server.getServerProperties().stream()
                            .map(property -> new Setting(this, property, property.getName(),
                                    property.getValue() != null ? property.getValue() : property.getDefaultValue()))
                            .toList();
        }
    }

    /**
     * @return the value the property has now, which a quick fix applied
     *         after this setting was read may have changed
     */
    String currentValue() {
        if (object instanceof ClientProperty property) {
            return property.getValue();
        }
        return object instanceof ServerProperty property ? property.getValue() : value;
    }

    /**
     * Changes the property's value (for quick fixes).
     *
     * @param newValue the value
     */
    void setValue(String newValue) {
        if (object instanceof ClientProperty property) {
            property.setValue(newValue);
        } else if (object instanceof ServerProperty property) {
            property.setValue(newValue);
        }
    }

    /**
     * Changes the property's key or name (for quick fixes).
     *
     * @param newKey the key
     */
    void setKey(String newKey) {
        if (object instanceof ClientProperty property) {
            property.setKey(newKey);
        } else if (object instanceof ServerProperty property) {
            property.setName(newKey);
        }
    }

    /**
     * @param server a server
     * @return its client properties, then its server properties
     */
    static List<Setting> all(EndpointManagementServer server) {
        return Stream.concat(Kind.CLIENT.of(server).stream(), Kind.SERVER.of(server).stream())
                .toList();
    }

    /**
     * @param text a value or {@code null}
     * @return the value in quotes, or "unset"
     */
    static String quoted(String text) {
        return text == null ? "unset" : "\"" + text + "\"";
    }
}
