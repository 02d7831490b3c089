/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.edit;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.model.deployment.TlsMode;
import org.emworkbench.model.deployment.util.DeploymentSwitch;

/**
 * Short labels for model objects, the same in the tree, reports and messages.
 *
 * @since 0.1
 */
public final class DeploymentLabels {

    private static final String UNSET = "(unset)";

    private DeploymentLabels() {
    }

    /**
     * @param object a model object
     * @return its EMW label, or {@code null} where the generated label serves
     */
    public static String of(EObject object) {
        return new Labeller().doSwitch(object);
    }

    /**
     * @param property a client property
     * @return e.g. {@code ENABLE_PASSCODE_AUTH = true}
     */
    public static String of(ClientProperty property) {
        return keyValue(property.getKey(), property.getValue());
    }

    /**
     * @param server an Endpoint Management server
     * @return e.g. {@code Endpoint Management Server emm.contoso.com (10.15)}
     */
    public static String of(EndpointManagementServer server) {
        StringBuilder label = new StringBuilder("Endpoint Management Server");
        if (server.getFqdn() != null && !server.getFqdn().isEmpty()) {
            label.append(' ').append(server.getFqdn());
        }
        if (server.getVersion() != null) {
            label.append(" (").append(server.getVersion()).append(')');
        }
        return label.toString();
    }

    /**
     * @param application an MDX app
     * @return e.g. {@code Secure Mail (iOS)}
     */
    public static String of(MdxApplication application) {
        return orUnset(application.getName()) + " (" + platform(application) + ")";
    }

    private static String platform(MdxApplication application) {
        if (!application.isSetPlatform()) {
            return "no platform";
        }
        return application.getPlatform() == Platform.IOS ? "iOS" : "Android";
    }

    private static String keyValue(String key, String value) {
        String shownKey = key == null || key.isEmpty() ? "(no key)" : key;
        String shownValue = value == null ? UNSET : value.isEmpty() ? "(empty)" : value;
        return shownKey + " = " + shownValue;
    }

    private static String orUnset(String text) {
        return text == null || text.isEmpty() ? UNSET : text;
    }

    /** One label per class that has a better one than the generated. */
    private static final class Labeller extends DeploymentSwitch<String> {

        @Override
        public String caseClientProperty(ClientProperty object) {
            return of(object);
        }

        @Override
        public String caseServerProperty(ServerProperty object) {
            return keyValue(object.getName(), object.getValue());
        }

        @Override
        public String caseEndpointManagementServer(EndpointManagementServer object) {
            return of(object);
        }

        @Override
        public String caseMdxApplication(MdxApplication object) {
            return of(object);
        }

        @Override
        public String casePolicyValue(PolicyValue object) {
            return keyValue(object.getPolicyName(), object.getValue());
        }

        @Override
        public String caseDeliveryGroup(DeliveryGroup object) {
            return "Delivery group " + orUnset(object.getName()) + (object.isEnabled() ? "" : " (disabled)");
        }

        @Override
        public String caseAppAssignment(AppAssignment object) {
            String app = object.getApplication() == null ? "(no app)" : of(object.getApplication());
            return app + (object.isRequired() ? ", required" : ", optional");
        }

        @Override
        public String caseSrvRecord(SrvRecord object) {
            return "SRV " + object.getPriority() + " " + object.getWeight() + " " + object.getPort() + " "
                    + orUnset(object.getTarget());
        }

        @Override
        public String caseLdapServer(LdapServer object) {
            String scheme = object.getTlsMode() == TlsMode.LDAPS && object.isSetTlsMode() ? "ldaps" : "ldap";
            String address = scheme + "://" + orUnset(object.getHost()) + ":" + object.getPort();
            if (!object.isSetTlsMode()) {
                return address + " (TLS mode not set)";
            }
            return object.getTlsMode() == TlsMode.STARTTLS ? address + " (StartTLS)" : address;
        }

        @Override
        public String caseAutoDiscoveryRegistration(AutoDiscoveryRegistration object) {
            return "AutoDiscovery " + orUnset(object.getDomain()) + " \u2192 " + orUnset(object.getServerFqdn());
        }

        @Override
        public String casePolicyDefinition(PolicyDefinition object) {
            String title = object.getTitle() == null || object.getTitle().isEmpty() ? "" : " (" + object.getTitle() + ")";
            return "Policy " + orUnset(object.getName()) + title;
        }

        @Override
        public String casePolicyBinding(PolicyBinding object) {
            return "Binding " + object.getAppRole().getLiteral() + "." + orUnset(object.getPolicyName()) + " \u2192 "
                    + object.getMeaning().getLiteral();
        }

        @Override
        public String casePersona(Persona object) {
            return orUnset(object.getDisplayName()) + " <" + orUnset(object.getMail()) + ">";
        }
    }
}
